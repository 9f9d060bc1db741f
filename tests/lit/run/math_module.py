# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# The math module inside @njit (Numba calls the C library's libm; CPython's own
# math.gamma/lgamma/hypot differ in the last bits, so all calls stay in @njit).
import math
from numba import njit


@njit
def exps_logs(x):
    return math.sqrt(x), math.exp(x), math.expm1(x), math.log(x), math.log10(x), math.log1p(x)


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x)


@njit
def hyper(x):
    return math.sinh(x), math.cosh(x), math.tanh(x)


@njit
def rounding(x):
    return math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x)


@njit
def two_args(x, y):
    return math.atan2(x, y), math.hypot(x, y), math.pow(x, y), math.copysign(x, y)


@njit
def special(x):
    return math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x)


@njit
def classify(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


print(exps_logs(0.5))
print(exps_logs(2.0))
print(exps_logs(100.0))
print(trig(0.5))
print(trig(-0.25))
print(hyper(0.75), hyper(-2.0))
print(rounding(2.5), rounding(-2.5), rounding(7.0), rounding(-0.25))
print(two_args(3.0, 4.0), two_args(-1.0, -2.0))
print(special(0.5), special(5.0))
print(special(1.5), special(-1.5))
print(classify(1.0), classify(math.inf), classify(-math.inf), classify(math.nan))
print(math.sqrt(16.0), math.floor(-3.5), math.ceil(3.2), math.pi > 3)
