# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element-wise arithmetic between arrays of the same shape and between an
# array and a scalar on either side: + - * / // % ** and unary minus.
import numpy as np
from numba import njit


@njit
def with_scalar_int(n):
    a = np.arange(n)
    print(a + 1)
    print(a - 3)
    print(a * 5)
    print(a / 4)
    print(a // 3)
    print(a % 3)
    print(a ** 2)
    print(-a)
    print(10 - a)
    print(2 * a)
    print(100 // (a + 1))
    print(7 % (a + 1))
    print(2 ** a)


@njit
def with_scalar_float(n):
    a = np.arange(n) * 0.5
    print(np.arange(n) * 0.5)
    print(a + 0.25)
    print(2.0 - a)
    print(a * a)
    print(1.0 / (a + 1.0))
    print(a // 0.75)
    print(a % 0.75)
    print(a ** 0.5)
    print(-a)
    print(3 * a - 1)


@njit
def two_arrays(a, b):
    print(a + b)
    print(a - b)
    print(a * b)
    print(a / b)
    print(a // b)
    print(a % b)


@njit
def negative_floor(n):
    a = np.arange(-n, n)
    print(a // 3)
    print(a % 3)
    print(a // -3)
    print(a % -3)
    print(a % 97)
    f = a * 1.0
    print(f // 3.0)
    print(f % -2.5)


@njit
def expressions(a, b):
    c = (a + b) * (a - b) / 2.0
    print(c)
    d = a * a - b * b
    print(d / 2)
    return -(a * 2 + 1) % 7


@njit
def two_d(m, k):
    print(m + k)
    print(m * m)
    print(m - m.T)
    print(1.5 * m + 0.5)


with_scalar_int(8)
with_scalar_float(7)
two_arrays(np.arange(1, 7), np.arange(6, 0, -1))
two_arrays(np.arange(1, 7) * 1.5, np.arange(6, 0, -1) * 0.5)
two_arrays(np.arange(-3, 3) * 2, np.full(6, 4))
negative_floor(5)
print(expressions(np.arange(5), np.arange(5)[::-1]))
print(expressions(np.arange(4) * 1.0, np.ones(4)))
two_d(np.arange(9).reshape(3, 3), 10)
two_d(np.arange(4.0).reshape(2, 2), 0.25)

# Module level: same-dtype operations.
a = np.arange(6)
b = np.arange(6) * 0.5
print(a * 0.5)
print(a + a)
print(a % 4, a // 4)
print(b * b - b)
print(2.0 - b)
print(-b)
print(a ** 2)
print(b / 2)
