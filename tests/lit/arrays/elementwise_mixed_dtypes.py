# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element-wise operations that mix dtypes inside @njit functions: the result
# dtype follows Numba's rules (int32 array * int literal is int64, float32
# array * float literal is float64, float32 array * int literal stays
# float32, uint8 + int8 is int16, float32 array - int32 array is float32 where
# NumPy would give float64, ...), which shows in how results print.
import numpy as np
from numba import njit


@njit
def int32_cases():
    a = np.arange(1, 6, dtype=np.int32)
    print(a * 3)
    print(a * a)
    print(a * 1000000000)
    b = np.full(5, 2000000000, dtype=np.int32)
    print(b + b)
    print(b * np.int32(2))
    print(a / 2)
    print(a + np.arange(5))
    print(a * 0.5)


@njit
def float32_cases():
    f = np.arange(5, dtype=np.float32) / np.float32(3)
    print(f)
    print(f * 0.1)
    print(f * 3)
    print(f + np.float32(0.1))
    print(f * f)
    print(f + np.arange(5) * 0.1)
    print(f - np.arange(5, dtype=np.int32))
    print(f - np.arange(5, dtype=np.int16))
    print(1.0 / (f + np.float32(1)))


@njit
def small_ints():
    u = np.arange(250, 256, dtype=np.uint8)
    i = np.arange(-3, 3, dtype=np.int8)
    print(u + i)
    print(u + u)
    print(u * np.uint8(2))
    print(u + 10)
    print(u - np.uint8(251))
    print(-u)
    s = np.arange(32760, 32766, dtype=np.int16)
    print(s + s)
    print(s + 10)
    print(s * np.int16(2))


@njit
def bools_in_arithmetic():
    b = np.arange(5) > 1
    c = np.arange(5) < 4
    print(b + c)
    print(b * 3)
    print(b * 0.5)
    print(b + np.arange(5))
    print(b.sum() + c.sum())


@njit
def mixed_two_arrays():
    a = np.arange(4, dtype=np.int32)
    b = np.arange(4, dtype=np.int64) * 1000000000000
    c = np.arange(4, dtype=np.uint32)
    print(a + b)
    print(a + c)
    print(c - np.uint32(1))
    d = np.arange(4, dtype=np.uint64)
    print(d + np.arange(4))


int32_cases()
float32_cases()
small_ints()
bools_in_arithmetic()
mixed_two_arrays()
