# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Float printing: shortest repr, exponent forms, signed zero, inf, nan.
import math
from numba import njit


@njit
def values():
    return 0.1 + 0.2, 1e-05, 1e16, -0.0, 1e22, 123456789.0, 5e-324


@njit
def more():
    return 1.0, 100.0, 1e15, 1e-4, 0.0001234, 1.7976931348623157e308, 2.0 ** -1074


@njit
def boundaries():
    return 9999999999999998.0, 1e16 + 2.0, 0.001, 1e-7, 1.5e-7, -2.5e+20, 1 / 3


@njit
def specials():
    return math.inf, -math.inf, math.nan, -math.nan, -0.0 * 1.0


@njit
def pr(x):
    print(x)


print(values())
print(more())
print(boundaries())
print(specials())
a, b, c, d, e, f, g = values()
print(a, b, c, d, e, f, g)
print(0.1 + 0.2, 1e-05, 1e16, -0.0, 1e22, 123456789.0, 5e-324)
pr(0.1)
pr(1e16)
pr(-0.0)
pr(2.5e-8)
pr(12345.678)
