# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Float arithmetic inside @njit functions; division results, not by zero.
from numba import njit


@njit
def ops(a, b):
    return a + b, a - b, a * b, a / b, a ** 2


@njit
def int_true_div(a, b):
    return a / b


@njit
def power(x, y):
    return x ** y


@njit
def unary(x):
    return -x, +x, abs(x)


@njit
def accumulate(n):
    s = 0.0
    for i in range(n):
        s += 0.1
    return s


@njit
def mixed(i, x):
    return i + x, i * x, x - i, i / x


print(ops(1.5, 0.25))
print(ops(-3.0, 8.0))
print(ops(0.1, 0.2))
print(int_true_div(7, 2), int_true_div(-7, 2), int_true_div(1, 3), int_true_div(10, 5))
print(power(2.0, 0.5), power(2.0, -2.0), power(9.0, 0.5), power(-2.0, 3.0))
print(power(2.0, 3), power(10.0, -3))
print(unary(2.5), unary(-0.0), unary(0.0))
print(accumulate(10), accumulate(3))
print(mixed(3, 0.5), mixed(-2, 4.0))
print(1e308 * 10.0 == ops(1e308, 1e308)[0])
