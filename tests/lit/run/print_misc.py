# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Printing ints, bools, None, strings, tuples, empty print(), and printing from
# inside @njit functions.
import numpy as np
from numba import njit


@njit
def show(i, x, b):
    print(i, x, b)
    print("inside", i)
    print()
    print(None)
    print((i, x), (b,))


@njit
def big():
    return 9223372036854775807, -9223372036854775807 - 1, 0, -1


print(42, -7, 0, True, False, None)
print("hello", "world")
print()
print("a string with spaces and punctuation: (1, 2)!")
show(3, 2.5, True)
print(big())
print(np.int8(-128), np.uint8(255), np.int16(-32768), np.uint16(65535))
print(np.int32(-2147483648), np.uint32(4294967295), np.uint64(18446744073709551615))
print(np.float32(1.5), np.float32(-0.25), np.float64(0.1))
print(np.float32(2.5) * np.float32(2.0))
print(1 == 1, 1 != 1, None)
