# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# math.pi, math.e, math.tau, math.inf, math.nan, read inside @njit and at
# module level.
import math
from numba import njit


@njit
def constants():
    return math.pi, math.e, math.tau, math.inf, -math.inf, math.nan


@njit
def circle(r):
    return 2.0 * math.pi * r, math.pi * r * r, math.tau * r


@njit
def nan_checks():
    n = math.nan
    return n == n, n != n, n < 1.0, n > 1.0, math.inf > 1e308, -math.inf < -1e308


@njit
def inf_arith():
    i = math.inf
    return i + 1.0, i - i, i * 0.0, -i * 2.0, 1.0 / i


print(constants())
print(circle(1.0), circle(2.5))
print(nan_checks())
print(inf_arith())
print(math.pi, math.e, math.tau, math.inf, math.nan)
