# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element-wise & | ^ ~ on bool arrays (masks combine as in NumPy), unary
# minus, and ** between arrays and numbers, broadcasting: a row against a
# column, a number against an array on either side.
import numpy as np
from numba import njit


@njit
def logic(a, b):
    print(a & b, a | b, a ^ b, ~a, ~(a | b))
    print((a & ~b).sum(), (a | b).any(), (a & b).all())


@njit
def ranges(x, lo, hi):
    inside = (x >= lo) & (x <= hi)
    outside = ~inside
    return inside, outside | (x == 0)


@njit
def negate(a):
    return -a, -(-a), -a * 2


@njit
def powers(a, b):
    return a ** b


m = np.arange(6).reshape(2, 3)
logic(m % 2 == 0, m > 2)
logic(np.arange(4) > 1, (np.arange(4) > 1)[::-1])
logic(m % 2 == 0, np.arange(3) == 1)
inside, other = ranges(np.arange(-3.0, 4.0), -1.0, 2.0)
print(inside, other)
print(*negate(np.arange(-2, 3)))
print(*negate(np.arange(-2.0, 3.0).reshape(5, 1)[::2]))
print(*negate(np.arange(0, 250, 60, dtype=np.uint8)))
print(*negate(np.arange(-1.5, 1.5, dtype=np.float32)))
print(powers(np.arange(4.0), 2))
print(powers(2, np.arange(5)))
print(powers(2.0, np.arange(-2, 3)))
print(powers(np.arange(1, 4).reshape(3, 1), np.arange(4)))
print(powers(np.arange(1.0, 4.0), np.arange(3.0).reshape(3, 1) * 0.5))
print(powers(np.arange(1, 4, dtype=np.int32), np.int32(3)))
print(powers(np.arange(4) > 0, np.arange(4) > 1))
