# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Integer arithmetic on int64 inside @njit functions.
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2


@njit
def power(base, exp):
    return base ** exp


@njit
def unary(a):
    return -a, +a, abs(a), not a


@njit
def mixed_expr(x):
    y = 3 * x * x - 2 * x + 7
    y += 10
    y -= 4
    y *= 2
    y //= 3
    y %= 1000
    return y


@njit
def bool_arith(p, q):
    return p + q, p * 5, q - p


print(ops(17, 5))
print(ops(-17, 5))
print(ops(6, 3))
print(power(2, 10), power(3, 0), power(-2, 5), power(10, 18))
print(unary(42))
print(unary(0))
print(unary(-7))
print(mixed_expr(12), mixed_expr(-5), mixed_expr(0))
print(bool_arith(True, False), bool_arith(True, True))
