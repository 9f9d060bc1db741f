# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# int(), float(), bool() and NumPy scalar constructors used as conversions.
import numpy as np
from numba import njit


@njit
def to_int(x):
    return int(x)


@njit
def to_float(i):
    return float(i)


@njit
def to_bool(x):
    return bool(x)


@njit
def np_casts(x):
    return np.int32(x), np.int64(x), np.int8(x), np.uint8(x), np.float64(x)


@njit
def f32_roundtrip(x):
    # float32 rounding of x, then back to float64
    return float(np.float32(x))


@njit
def narrowing(i):
    return np.int8(i), np.int16(i), np.uint16(i), np.int32(i), np.uint32(i)


print(to_int(3.9), to_int(-3.9), to_int(0.5), to_int(-0.0), to_int(True), to_int(7))
print(to_float(3), to_float(-12), to_float(2.5))
print(to_bool(0), to_bool(5), to_bool(0.0), to_bool(-0.0), to_bool(0.1))
print(np_casts(7.75), np_casts(100))
print(f32_roundtrip(1.5), f32_roundtrip(0.1), f32_roundtrip(16777217.0), f32_roundtrip(3.0))
print(narrowing(300), narrowing(-1), narrowing(70000))
print(int(2.5), float(7), bool(0), bool(-1))
