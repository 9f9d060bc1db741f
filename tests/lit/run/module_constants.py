# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Module-level scalar constants read inside @njit functions (Numba freezes
# them at compile time; they are never reassigned here).
import math
from numba import njit

N = 100
SCALE = 0.5
OFFSET = -3
ENABLED = True
LIMITS = (2, 8)
TWO_PI = 2 * math.pi


@njit
def triangle():
    s = 0
    for i in range(N + 1):
        s += i
    return s


@njit
def scaled(x):
    if ENABLED:
        return x * SCALE + OFFSET
    return x


@njit
def in_limits(x):
    return LIMITS[0] <= x < LIMITS[1]


@njit
def turns(angle):
    return angle / TWO_PI


print(triangle())
print(scaled(10), scaled(-4.5))
print(in_limits(2), in_limits(8), in_limits(5))
print(turns(math.pi), N, SCALE, OFFSET, ENABLED, LIMITS)
