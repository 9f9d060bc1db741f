# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# int64 arithmetic wraps around modulo 2**64 inside @njit functions, as in
# Numba (module-level code here never overflows).
from numba import njit


@njit
def mul_loop(x, n):
    r = 1
    for _ in range(n):
        r *= x
    return r


@njit
def add_one(x):
    return x + 1


@njit
def sub_one(x):
    return x - 1


@njit
def negate(x):
    return -x


@njit
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


@njit
def lcg(seed, n):
    s = seed
    for _ in range(n):
        s = s * 6364136223846793005 + 1442695040888963407
    return s


IMAX = 9223372036854775807
IMIN = -9223372036854775807 - 1
print(mul_loop(3, 40), mul_loop(2, 63), mul_loop(2, 64), mul_loop(-7, 30))
print(add_one(IMAX), sub_one(IMIN), negate(IMIN))
print(fact(20), fact(21), fact(25))
print(lcg(1, 1), lcg(42, 1000))
