# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Slices: start, stop and step, negative steps, negative and out-of-range
# bounds, empty results, 2-D and 3-D slices and columns m[:, j].
import numpy as np
from numba import njit


@njit
def slices_1d(a):
    print(a[2:])
    print(a[:-2])
    print(a[1:4])
    print(a[::2])
    print(a[1::3])
    print(a[::-1])
    print(a[::-2])
    print(a[7:2:-1])
    print(a[-3:])
    print(a[-4:-1])
    print(a[:])


@njit
def slices_out_of_range(a):
    print(a[5:100])
    print(a[-100:3])
    print(a[100:])
    print(a[:-100])
    print(a[3:3])
    print(a[6:2])
    print(a[100:-100:-3])
    print(len(a[5:100]), len(a[6:2]))


@njit
def slices_with_variables(a, lo, hi, step):
    print(a[lo:hi])
    print(a[lo:hi:step])
    print(a[hi:lo:-step])
    print(a[lo:])
    print(a[:hi])


@njit
def slices_2d(m):
    print(m[1:-1, ::2])
    print(m[:, 2])
    print(m[1, :])
    print(m[::-1, :])
    print(m[:, ::-1])
    print(m[::2, 1:3])
    print(m[1:, -1])
    print(m[-1, 1:])
    print(m[:2])
    print(m[2:100, 3:100])


@njit
def slices_3d(t):
    print(t[:, 1, :])
    print(t[1, :, ::2])
    print(t[::-1, 0, 0])
    print(t[:, :, 1])
    print(t[1:, 1:, 1:])


@njit
def slice_of_slice(a):
    s = a[1:-1]
    print(s[::2])
    print(s[::-1][1:3])
    print(a[::2][::-1])


slices_1d(np.arange(10))
slices_1d(np.arange(10) * 0.5)
slices_out_of_range(np.arange(8))
slices_with_variables(np.arange(12), 2, 9, 3)
slices_2d(np.arange(20).reshape(4, 5))
slices_3d(np.arange(24).reshape(2, 3, 4))
slice_of_slice(np.arange(10))

# Module level.
a = np.arange(10)
print(a[2:8:2])
print(a[::-3])
print(a[5:100])
m = np.arange(12).reshape(3, 4)
print(m[:, 1])
print(m[1:, ::-2])
