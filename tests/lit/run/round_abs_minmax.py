# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# round (half to even; with ndigits on values that are not halfway cases),
# abs, min and max with two or more arguments, mixing int and float.
from numba import njit


@njit
def round0(x):
    return round(x)


@njit
def round_n(x, n):
    return round(x, n)


@njit
def absolutes(i, x):
    return abs(i), abs(x)


@njit
def mins(a, b, c):
    return min(a, b), min(a, b, c), max(a, b), max(a, b, c)


@njit
def mixed_minmax(i, x):
    return min(i, x), max(i, x)


print(round0(2.5), round0(3.5), round0(-2.5), round0(-3.5), round0(0.5), round0(1.5))
print(round0(2.4), round0(2.6), round0(-2.6), round0(-0.4), round0(1e15 + 0.75))
print(round0(7))
print(round_n(3.14159, 2), round_n(-1.23456, 3), round_n(1234.5678, -2), round_n(0.1234, 0))
print(round_n(2.71828, 4), round_n(98765.4321, -3), round_n(5.0, 1))
print(absolutes(-5, -2.5), absolutes(5, 2.5), absolutes(0, -0.0))
print(mins(3, 1, 2), mins(-1.5, 2.5, 0.0))
print(mixed_minmax(3, 2.5), mixed_minmax(1, 2.5), mixed_minmax(-2, -2.0))
print(round(2.5), round(-0.5), abs(-3), min(4, 2, 9), max(4, 2, 9))
