# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# NumPy scalar constructors np.float32(x), np.int16(x), np.uint8(x), ... and
# how their values print inside @njit functions (float32 prints as the
# float64 it converts to) and as array elements.
import numpy as np
from numba import njit


@njit
def floats():
    print(np.float32(0.1), np.float32(3), np.float32(-2.5), np.float32(1e10))
    print(np.float64(0.1), np.float64(7), np.float64(-0.0))


@njit
def ints():
    print(np.int8(100), np.int8(-3.7), np.int16(12345), np.int16(2.9))
    print(np.int32(-7), np.int64(2.999), np.int32(3.5))
    print(np.uint8(200), np.uint16(60000), np.uint32(4000000000), np.uint64(12))


@njit
def wrapping():
    print(np.uint8(300), np.int8(200), np.uint16(70000), np.int16(40000))
    print(np.uint8(-1), np.uint32(-1))


@njit
def bools():
    print(np.bool_(3), np.bool_(0), np.bool_(0.5))


@njit
def into_arrays():
    a = np.zeros(3, dtype=np.float32)
    a[0] = np.float32(0.1)
    a[1] = np.float32(2.5)
    a[2] = np.float32(1) / np.float32(3)
    print(a)
    b = np.zeros(3, dtype=np.uint8)
    b[0] = np.uint8(255)
    b[1] = np.uint8(7)
    b[2] = np.uint8(b[0] + b[1])
    print(b)
    c = np.full(2, np.int16(-5))
    print(c, c.itemsize)
    d = np.full(2, np.float32(0.5))
    print(d, d.itemsize)


@njit
def arithmetic():
    x = np.float32(1.5)
    y = np.float32(0.1)
    print(x + y, x * y, x / y)
    i = np.int16(300)
    j = np.int16(-7)
    print(i // j, i % j, i * j)


floats()
ints()
wrapping()
bools()
into_arrays()
arithmetic()

# Module level: values exactly representable, so every printing agrees.
print(np.int16(12), np.uint8(250), np.int32(-99), np.float64(2.5))
