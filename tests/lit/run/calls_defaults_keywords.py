# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Calls between functions, default argument values and keyword arguments.
from numba import njit


@njit
def square(x):
    return x * x


@njit
def sum_squares(a, b):
    return square(a) + square(b)


@njit
def linear(x, scale=2, offset=1):
    return x * scale + offset


@njit
def use_defaults(x):
    return linear(x), linear(x, 3), linear(x, offset=10), linear(x, offset=0, scale=5)


@njit
def hyp2(a, b=4.0):
    return sum_squares(a, b)


@njit
def describe(n, verbose=False):
    if verbose:
        return n * 100
    return n


print(sum_squares(3, 4), sum_squares(1.5, 2))
print(use_defaults(7))
print(linear(1), linear(1, 10), linear(x=2, scale=3, offset=4), linear(2, offset=-2))
print(hyp2(3.0), hyp2(3.0, b=0.0))
print(describe(5), describe(5, True), describe(n=5, verbose=True))
