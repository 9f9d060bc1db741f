# np.floor/np.ceil/np.trunc of a float stay in floating point: they must not
# go through int64, which cannot hold 1e300, inf or nan. Numba prints
# "1e+300 inf nan -3.0" here; parc today lowers np.floor(x) to
# (cast:float64 (floor:int64 x)) and prints
# "9.223372036854776e+18 9.223372036854776e+18 0.0 -3.0".
# (Numba 0.56: fl (float64,) -> UniTuple(float64 x 3), (float32,) ->
# UniTuple(float32 x 3).)
# RUN: %parc emit --ir --function fl %s | FileCheck %s
# RUN: %parc run %s | FileCheck %s --check-prefix=OUT
import numpy as np


# CHECK-LABEL: func fl__float64(x: float64) -> (float64, float64, float64) {
# CHECK-NOT:   int64
# CHECK:       }
# CHECK-LABEL: func fl__float32(x: float32) -> (float32, float32, float32) {
# CHECK-NOT:   int64
# CHECK:       }
def fl(x):
    return np.floor(x), np.ceil(x), np.trunc(x)


# OUT: (1e+300, 1e+300, 1e+300) (inf, inf, inf) (nan, nan, nan) (-3.0, -2.0, -2.0)
# OUT-NEXT: (-3.0, -2.0, -2.0)
print(fl(1e300), fl(np.inf), fl(np.nan), fl(-2.5))
print(fl(np.float32(-2.5)))
