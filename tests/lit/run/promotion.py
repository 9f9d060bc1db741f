# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Mixed-width arithmetic: the result type follows Numba's rules (small ints are
# widened to 64 bits, float32 op int64 is float64). Values are chosen so that
# they print the same whatever the width.
import numpy as np
from numba import njit


@njit
def add(a, b):
    return a + b


@njit
def mul(a, b):
    return a * b


@njit
def div(a, b):
    return a / b


@njit
def small_no_wrap():
    a = np.int8(100)
    b = np.int8(100)
    c = np.uint8(200)
    return a + b, c + c, a * b, np.int16(30000) + np.int16(30000)


@njit
def f32_ops():
    x = np.float32(1.5)
    y = np.float32(0.25)
    return x + y, x * y, x - y, x / y, x * 2, x + np.int8(2)


@njit
def unsigned_ops():
    u = np.uint32(4000000000)
    return u + u, u * np.uint32(2), np.uint64(10) // np.uint64(3), np.uint64(10) % np.uint64(3)


print(add(np.int32(3), np.int64(4)), add(np.int8(-5), np.int16(300)), add(np.uint8(7), np.uint16(9)))
print(mul(np.float32(1.5), 2), mul(np.float32(1.5), np.float64(2.0)), mul(np.int32(6), 0.5))
print(div(np.int32(7), np.int32(2)), div(np.int8(1), np.int8(4)), div(np.float32(3.0), np.float32(4.0)))
print(small_no_wrap())
print(f32_ops())
print(unsigned_ops())
print(add(True, 1), add(True, 0.5), mul(False, 3))
print(add(np.int32(3), np.int32(4)) == 7, np.int32(3) + np.int64(4))
