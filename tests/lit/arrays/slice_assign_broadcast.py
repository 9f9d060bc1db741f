# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# In-place forms with broadcasting, as NumPy: a += b with b broadcast to a's
# shape, a[:] = expr and a[1:-1] = expr, a value broadcast to the selection
# (m[:] = row, m[1:, :] = 0.5, a column into every column), writes through
# views, and sources that overlap the target (copied first).
import numpy as np
from numba import njit


@njit
def add_rows(m, row):
    m += row
    return m


@njit
def scale_rows(m, col):
    m *= col
    m -= 1
    return m


@njit
def fill(m, row):
    m[:] = row
    return m


@njit
def fill_inner(m, v):
    m[1:-1] = v
    return m


@njit
def fill_tail(m):
    m[1:, :] = 0.5
    m[0, 1:] = m[1, 1:] + 1.0
    return m


@njit
def smooth(a):
    a[1:-1] = (a[:-2] + a[1:-1] + a[2:]) / 3.0
    return a


@njit
def shift(a):
    a[1:] = a[:-1]
    return a


@njit
def columns(m, col):
    m[:, 1:] = col
    return m


@njit
def update_view(m):
    m[::2] += m[1]
    return m


@njit
def expression(m, x):
    m[:] = np.sqrt(x) * 2.0 + 1.0
    m[-1, ::2] = -x[::2]
    return m


print(add_rows(np.zeros((2, 3)), np.arange(3.0)))
print(add_rows(np.ones((3, 2), dtype=np.int64), np.arange(2)))
print(scale_rows(np.ones((3, 2)), np.arange(3.0).reshape(3, 1)))
print(fill(np.zeros((3, 4)), np.arange(4.0)))
print(fill(np.zeros((2, 3), dtype=np.int32), np.arange(3)))
print(fill(np.zeros((2, 3, 2)), np.arange(2.0)))
print(fill_inner(np.zeros((4, 3)), np.arange(3.0)))
print(fill_inner(np.zeros((4, 3)), np.arange(2.0).reshape(2, 1)))
print(fill_inner(np.zeros(5), 7.0))
print(fill_inner(np.zeros(5), np.ones(1)))
print(fill_tail(np.zeros((3, 3))))
print(smooth(np.arange(6.0) ** 2))
print(shift(np.arange(5)))
print(columns(np.zeros((3, 3)), np.arange(3.0).reshape(3, 1)))
print(update_view(np.arange(12.0).reshape(4, 3)))
print(expression(np.zeros((2, 4)), np.arange(4.0)))
# module level: an overlapping in-place update reads the old values, as in
# NumPy (Numba's functions read the ones already updated)
r = np.arange(6)
r[1:] += r[:-1]
print(r)
