# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Boolean masks: a[mask] is a new 1-d array of the elements where the mask
# is true (in C order); a 1-d mask on a 2-d array selects rows; a[mask] = v
# stores a number, or an array with one element (or row) per true element
# (one element is broadcast); a[mask] += v updates the selected elements.
# Numba 0.56 takes no 2-d mask, so 2-d masks on 2-d arrays run in
# module-level code (NumPy's; parc compiles it too).
import numpy as np
from numba import njit


@njit
def positive(a):
    return a[a > 0]


@njit
def rows(m, keep):
    return m[keep]


@njit
def zero_negatives(a):
    a[a < 0] = 0
    return a


@njit
def replace(a, mask, v):
    a[mask] = v
    return a


@njit
def bump(a, mask):
    a[mask] += 10
    a[~mask] *= 2
    return a


@njit
def stats(a):
    big = a[a > a.mean()]
    return big.size, big.sum(), a[(a > 2) & (a < 8)].max()


@njit
def set_rows(m, keep, v):
    m[keep] = v
    return m


@njit
def add_rows(m, keep, v):
    m[keep] += v
    return m


@njit
def clamp_rows(m):
    m[m[:, 0] > 2] = -1.0
    return m


x = np.arange(-3.0, 5.0)
print(positive(x), positive(np.arange(-3, 3)), positive(np.zeros(4)).shape)
print(positive(np.arange(12.0).reshape(3, 4)[:, 1]), positive(x[::-2]))
m = np.arange(12).reshape(4, 3)
print(rows(m, np.arange(4) % 2 == 1))
print(rows(m[:, ::2], np.arange(4) > 0))
print(zero_negatives(np.arange(-3, 4)))
print(zero_negatives(np.arange(-3.0, 2.0, 0.5)))
print(replace(np.arange(6), np.arange(6) > 3, np.arange(100, 102)))
print(replace(np.arange(6.0), np.arange(6) % 2 == 0, np.arange(3)))
print(replace(np.arange(6.0), np.arange(6) % 2 == 0, np.ones(1) * 9.0))
print(replace(np.arange(6.0), np.arange(6) < 0, 5.0))
print(replace(np.arange(6.0), np.arange(6) < 4, np.arange(6.0)[2:]))
print(bump(np.arange(6), np.arange(6) % 3 == 0))
print(*stats(np.arange(10.0)))
print(clamp_rows(np.arange(12.0).reshape(4, 3)))
even = np.arange(4) % 2 == 0
print(set_rows(np.zeros((4, 3)), even, np.arange(3.0)))
print(set_rows(np.zeros((4, 3)), even, np.arange(6.0).reshape(2, 3)))
print(set_rows(np.zeros((4, 3)), even, np.arange(2.0).reshape(2, 1)))
print(add_rows(np.ones((4, 3), dtype=np.int32), even, np.arange(3)))
cube = np.arange(24).reshape(2, 3, 4)
print(rows(cube, np.arange(2) > 0), rows(cube[:, ::2, 1:], np.arange(2) >= 0).shape)
# module level: 2-d masks (NumPy's)
g = np.arange(12).reshape(3, 4)
print(g[g % 3 == 0], g[g > 100].shape)
g[g % 2 == 1] = 0
print(g)
g[(g > 2) & (g < 9)] = np.arange(3) * 100
print(g)
t = np.arange(12.0).reshape(3, 4).T
print(t[t > 5.0])
