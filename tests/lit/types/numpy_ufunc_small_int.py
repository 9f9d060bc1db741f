# NumPy ufuncs on integers of up to 16 bits use the float32 loop: np.exp of an
# int8 is a float32 in Numba (prints 20.08553695678711 for np.exp(int8(3))),
# parc computes a float64 (20.085536923187668). int64 arguments give float64.
# (Numba 0.56: e (int8,) -> UniTuple(float32 x 3), (uint16,) ->
# UniTuple(float32 x 3), (int64,) -> UniTuple(float64 x 3).)
# parc today: float64 for all three.
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func e__int8(x: int8) -> (float32, float32, float32) {
# CHECK-LABEL: func e__uint16(x: uint16) -> (float32, float32, float32) {
# CHECK-LABEL: func e__int64(x: int64) -> (float64, float64, float64) {
def e(x):
    return np.exp(x), np.sqrt(x), np.floor(x)


print(e(np.int8(3)), e(np.uint16(4)), e(5))
