# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# NumPy's two-argument ufuncs (np.arctan2, np.hypot, np.power, np.maximum,
# np.minimum) on numbers and arrays, broadcasting, with Numba's dtypes: an
# int meeting a float computes in that float (float32 with int64 stays
# float32), ints promote as NumPy (uint8 with int8 is int16), np.power of
# bools is int8, and np.maximum/np.minimum propagate NaN (of equal values,
# the first argument wins: maximum(-0.0, 0.0) is -0.0).
import numpy as np
from numba import njit


@njit
def float_pair(a, b):
    print(np.arctan2(a, b), np.hypot(a, b))
    print(np.arctan2(a, b).itemsize, np.hypot(a, b).itemsize)


@njit
def int_pair(a, b):
    print(np.power(a, b), np.maximum(a, b), np.minimum(a, b))
    print(np.power(a, b).itemsize, np.maximum(a, b).itemsize, np.minimum(a, b).itemsize)


@njit
def extremes(a, b):
    return np.maximum(a, b), np.minimum(a, b)


@njit
def scalars(x, y):
    print(np.arctan2(x, y), np.hypot(x, y), np.power(x, y), np.maximum(x, y), np.minimum(x, y))


@njit
def wrapping(u, i):
    # uint8 and int8 promote to int16; uint8 alone stays uint8 and wraps.
    print(np.maximum(u, i) * 300, np.power(u, np.uint8(2)), np.power(u, 2))


@njit
def fused(x, y):
    return np.maximum(x * 2.0, y) - np.minimum(x, y) ** 2 + np.hypot(x, y)


@njit(parallel=True)
def fused_parallel(x, y):
    return np.power(np.maximum(x, y), 2) + np.arctan2(y, x)


col = np.arange(3.0).reshape(3, 1)
row = np.arange(1.0, 5.0)
float_pair(col, row)
float_pair(np.arange(1, 4), np.arange(3.0, 0.0, -1.0))
float_pair(np.arange(1, 4, dtype=np.int16), np.arange(3, 0, -1, dtype=np.int8))
float_pair(np.arange(1.0, 4.0, dtype=np.float32), np.arange(3, 0, -1))
float_pair(np.arange(1.0, 4.0, dtype=np.float32), 2.0)
int_pair(np.arange(-3, 4), 3)
int_pair(np.arange(-2, 3).reshape(5, 1), np.arange(0, 3))
int_pair(np.arange(-3, 4, 2), -1)
int_pair(np.arange(5, dtype=np.int32), np.arange(5, dtype=np.int32)[::-1])
int_pair(np.arange(5, dtype=np.int32), 2.5)
int_pair(np.arange(4) % 2 == 0, np.arange(4) % 3 == 0)
int_pair(np.arange(1.0, 4.0, dtype=np.float32), np.arange(3))
wrapping(np.arange(0, 250, 60, dtype=np.uint8), np.arange(-2, 3, dtype=np.int8))
a = np.arange(5) * 1.0
b = np.arange(4, -1, -1) * 1.0
a[1] = np.nan
b[3] = np.nan
a[4] = -0.0
b[4] = 0.0
hi, lo = extremes(a, b)
print(hi, lo)
hi, lo = extremes(b, a)
print(hi, lo)
print(extremes(np.arange(3), np.arange(3.0) - 1.0)[0])
scalars(3.0, 4.0)
scalars(3, 4)
scalars(2, -1)
scalars(np.float32(3.0), 4)
print(extremes(np.nan, 1.0), extremes(1.0, np.nan), extremes(True, False))
print(fused(np.arange(6.0).reshape(2, 3), np.arange(3.0, 0.0, -1.0)))
print(fused_parallel(np.arange(8.0).reshape(2, 4), np.arange(8.0, 0.0, -1.0).reshape(2, 4)))
