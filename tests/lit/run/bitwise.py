# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Bitwise operators on int64 and small unsigned/signed types.
import numpy as np
from numba import njit


@njit
def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << 3, a >> 2


@njit
def popcount(x):
    n = 0
    while x != 0:
        n += x & 1
        x >>= 1
    return n


@njit
def shifts():
    return 1 << 62, -1 << 10, -16 >> 2, -1 >> 63, 255 >> 4, (1 << 40) >> 39


@njit
def mask_ops(x):
    x |= 0xF0
    x &= 0x3C
    x ^= 0xFF
    x <<= 1
    return x


@njit
def small(a, b):
    return a & b, a | b, a ^ b


print(bits(12, 10))
print(bits(-12, 10))
print(bits(0, -1))
print(popcount(255), popcount(0), popcount(1 << 40), popcount(123456789))
print(shifts())
print(mask_ops(0), mask_ops(5))
print(small(np.uint8(200), np.uint8(100)), small(np.int16(-3), np.int16(6)))
print(True & False, True | False, True ^ True)
