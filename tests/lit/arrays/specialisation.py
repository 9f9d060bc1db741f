# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# One function called with arrays of different dtypes, ndims and layouts
# (float64, int32, uint8, bool, 2-D, strided views a[::2], transposes): each
# call gets its own specialisation.
import numpy as np
from numba import njit


@njit
def total(a):
    s = a[0] - a[0]
    for i in range(len(a)):
        s += a[i]
    return s


@njit
def first_last(a):
    return a[0], a[-1]


@njit
def doubled(a):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] + a[i]
    return out


@njit
def twice(a):
    return a * 2


@njit
def count_nonzero_2d(m):
    n = 0
    rows, cols = m.shape
    for i in range(rows):
        for j in range(cols):
            if m[i, j] != 0:
                n += 1
    return n


@njit
def describe(a):
    print(a.ndim, a.shape, a.itemsize)
    print(a)


f64 = np.arange(6) * 0.5
i32 = np.arange(6, dtype=np.int32)
u8 = np.arange(250, 256, dtype=np.uint8)
f32 = np.arange(6, dtype=np.float32)
i64 = np.arange(6)
m = np.arange(12).reshape(3, 4)

print(total(f64), total(i32), total(u8), total(f32), total(i64))
print(total(f64[::2]), total(i64[::-1]), total(m[1]), total(m[:, 2]))
print(first_last(f64), first_last(i32), first_last(u8))
print(first_last(i64[1::2]), first_last(m[2]), first_last(m[:, 0]))
print(doubled(f64))
print(doubled(i32))
print(doubled(u8))
print(doubled(f32))
print(doubled(i64[::2]))
print(doubled(m[:, 3]))
print(twice(m))
print(twice(m.T))
print(twice(m[::2, ::-1]))
print(twice(f32))
print(twice(u8))
print(count_nonzero_2d(m), count_nonzero_2d(m.T), count_nonzero_2d(m[1:, ::2]))
print(count_nonzero_2d(np.zeros((2, 2))), count_nonzero_2d(m > 5))
describe(f64)
describe(i32[::2])
describe(m)
describe(m[:, 1:3])
describe(np.zeros((2, 1, 2), dtype=np.float32))
describe(np.arange(3) > 1)
