# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# In-place updates reach aliases and callers, a loop keeps iterating its
# array when the name is reassigned, bool arithmetic dtypes, ** of a
# negative literal, np.round of an array.
import numpy as np
from numba import njit


@njit
def bump(a):
    a += 1


@njit
def scale(a, s):
    b = a
    a *= s
    return b


@njit
def loop_reassigns(a):
    total = 0.0
    for x in a:
        a = np.zeros(2)
        total += x
    return total


@njit
def bool_arith(n):
    b = np.arange(n) > 1
    print(-b, b - b, b // b, b ** b, b + b, b * b)


@njit
def negative_power(a):
    return a ** -2


x = np.arange(3)
bump(x)
print(x)
y = np.arange(4) * 0.5
print(scale(y, 2.0), y)
z = y
y += 1.0
print(z)
print(loop_reassigns(np.arange(5.0)))
bool_arith(4)
print(negative_power(np.arange(1.0, 4.0)))
print(np.round(np.arange(6) * 0.5), np.rint(np.arange(3) - 0.5))
