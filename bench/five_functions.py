# Five small functions and a few prints: the whole-process benchmark of
# bench/startup.sh (parc run against CPython + Numba).
import math
from numba import njit


@njit
def square(x):
    return x * x


@njit
def hypot3(x, y, z):
    return math.sqrt(square(x) + square(y) + square(z))


@njit
def clamp(x, lo, hi):
    return min(max(x, lo), hi)


@njit
def triangle(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


@njit
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)


print(hypot3(1.0, 2.0, 2.0), clamp(15, 0, 10), triangle(100))
print(sign(-3), sign(0), sign(4))
