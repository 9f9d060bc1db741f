# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# print(a) of 2-D and 3-D arrays: row layout, shared column width, blank
# lines between 3-D blocks, wrapped rows, views, bools, ints and floats.
import numpy as np
from numba import njit


@njit
def two_d():
    print(np.arange(6).reshape(2, 3))
    print(np.arange(6).reshape(3, 2) - 3)
    print(np.arange(6).reshape(2, 3) * 0.5)
    print(np.arange(4).reshape(2, 2) > 1)
    print(np.arange(12).reshape(3, 4) * 1000)
    print(np.arange(4).reshape(1, 4))
    print(np.arange(4).reshape(4, 1))
    print(np.arange(6, dtype=np.uint8).reshape(2, 3))
    print(np.arange(6, dtype=np.float32).reshape(3, 2) / np.float32(3))


@njit
def two_d_special():
    m = np.arange(6).reshape(2, 3) * 1.0
    m[0, 1] = np.nan
    m[1, 2] = -np.inf
    print(m)
    k = np.arange(4).reshape(2, 2) * 1e-7
    print(k)
    big = np.arange(4).reshape(2, 2) * 1e12
    print(big)


@njit
def two_d_wrapping():
    print(np.arange(30).reshape(2, 15) * 10)
    print(np.arange(24).reshape(2, 12) / 7)


@njit
def three_d():
    print(np.arange(8).reshape(2, 2, 2))
    print(np.arange(24).reshape(2, 3, 4))
    print(np.arange(12).reshape(3, 2, 2) * 0.25)
    print(np.arange(8).reshape(2, 2, 2) % 3 == 0)
    print(np.arange(6).reshape(1, 2, 3))
    print(np.arange(6).reshape(3, 1, 2))


@njit
def views(m):
    print(m.T)
    print(m[::-1, 1:])
    print(m[:, ::2])
    print(m[1:2, :])


two_d()
two_d_special()
two_d_wrapping()
three_d()
views(np.arange(12).reshape(3, 4))
views(np.arange(12).reshape(3, 4) * 0.5)

# Module level.
m = np.arange(9).reshape(3, 3)
print(m)
print(m * 1.5)
t = np.arange(18).reshape(2, 3, 3) - 9
print(t)
