# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# NumPy's one-argument ufuncs on numbers and on arrays, with Numba's result
# dtypes: float functions of ints of up to 16 bits (and bools) compute in
# float32, of wider ints in float64; abs keeps the dtype (bool too); square
# and sign keep it too, except bool, which becomes int8. The itemsize shows
# the dtype where the printed values cannot.
import numpy as np
from numba import njit


@njit
def float_functions(a):
    print(np.sqrt(a), np.exp(a))
    print(np.log(a), np.log2(a), np.log10(a))
    print(np.sin(a), np.cos(a), np.tan(a))
    print(np.arcsin(a / 8), np.arccos(a / 8), np.arctan(a))
    print(np.sinh(a), np.cosh(a), np.tanh(a))
    print(np.sqrt(a).itemsize, np.arctan(a).itemsize)


@njit
def rounding(a):
    print(np.floor(a), np.ceil(a), np.trunc(a), np.fabs(a))
    print(np.abs(a), np.absolute(a), np.square(a), np.sign(a))
    print(np.floor(a).itemsize, np.abs(a).itemsize, np.square(a).itemsize, np.sign(a).itemsize)


@njit
def predicates(a):
    print(np.isnan(a), np.isinf(a), np.isfinite(a))


@njit
def scalars(x):
    print(np.sqrt(x), np.exp(x), np.log(x), np.log2(x), np.log10(x))
    print(np.sin(x), np.cos(x), np.tan(x), np.arctan(x), np.sinh(x), np.cosh(x), np.tanh(x))
    print(np.floor(x), np.ceil(x), np.trunc(x), np.fabs(x), np.abs(x), np.absolute(x))
    print(np.square(x), np.sign(x), np.sign(-x), np.isnan(x), np.isinf(x), np.isfinite(x))


@njit
def scalar_types(b, i8, u8, f32):
    # The scalars' types show in arithmetic that wraps or rounds.
    print(np.abs(b), np.square(b) + 1, np.sign(b) * 3)
    print(np.abs(i8) + np.int8(100), np.square(i8), np.sign(u8))
    print(np.sqrt(f32) * np.float32(3), np.square(f32))


@njit
def matrix(m):
    return np.sqrt(np.abs(m)) + np.square(m) * np.sign(m)


x = np.arange(1.0, 6.0)
float_functions(x)
float_functions(np.arange(1, 6))
float_functions(np.arange(1, 6, dtype=np.int16))
float_functions(np.arange(1, 6, dtype=np.float32))
halves = np.arange(-5, 5) * 0.5 + 0.25
halves[4] = -0.0
halves[5] = 0.0
rounding(halves)
rounding(np.arange(-3, 8, 2))
rounding(np.arange(-100, 128, 45, dtype=np.int8))
rounding(np.arange(0, 128, 30, dtype=np.uint8))
rounding(np.arange(-1.25, 4.0, 1.5, dtype=np.float32))
rounding(np.arange(4) % 3 == 0)
special = np.zeros(5)
special[1] = np.nan
special[2] = np.inf
special[3] = -np.inf
special[4] = -1.5
predicates(special)
predicates(special.astype(np.float32))
predicates(np.arange(3))
scalars(2.5)
scalars(3)
scalars(0.0)
scalar_types(True, np.int8(-20), np.uint8(7), np.float32(2.0))
print(matrix(np.arange(-3.0, 3.0).reshape(2, 3)))
print(matrix(np.arange(-4.0, 4.0).reshape(2, 4)[:, ::2]))
