# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Views share memory with their base: writes through a slice, a reversed or
# strided slice, a row, a column or a sub-block reach the base array, also
# when the view is made at module level and passed to a function.
import numpy as np
from numba import njit


@njit
def write_through_view(n):
    a = np.arange(n) * 1.0
    v = a[1:4]
    v[0] = 9.0
    v[-1] = -9.0
    print(a)
    w = a[::3]
    w[1] = 33.0
    print(a)
    r = a[::-1]
    r[0] = 100.0
    print(a)
    print(v)


@njit
def view_of_2d(m):
    row = m[2]
    col = m[:, 1]
    row[:] = 0
    col[0] = 77
    print(m)
    sub = m[1:, 1:]
    sub[0, 0] = -5
    print(m)


@njit
def fill_reversed(dst, src):
    dst[::-1] = src
    dst[0] += 0.25


@njit
def view_of_view(n):
    a = np.zeros(n)
    v = a[1:]
    w = v[::2]
    w[1] = 5.0
    w[-1] = 6.0
    print(a)
    print(v)


write_through_view(8)
view_of_2d(np.arange(12).reshape(4, 3))
view_of_view(9)

# Module level.
a = np.zeros(6)
v = a[2:5]
v[1] = 4.5
print(a)
m = np.zeros((3, 3))
r = m[1]
r[0] = 7.0
print(m)
fill_reversed(a[::2], np.arange(3) * 0.5)
print(a)
fill_reversed(m[:, 1], np.arange(3) + 10.0)
print(m)
