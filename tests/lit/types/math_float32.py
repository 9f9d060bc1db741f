# math functions of a float32 return float32 in Numba (computed in single
# precision), so their printed values differ from the float64 ones parc
# computes: math.exp(np.float32(0.5)) prints 1.6487212181091309 under Numba,
# 1.6487212707001282 under parc.
# (Numba 0.56: f (float32,) -> UniTuple(float32 x 5), g (float32, float32) ->
# UniTuple(float32 x 2).)
# parc today: f__float32 -> (float64, float64, float64, float64, float64),
# g__float32__float32 -> (float64, float64).
# RUN: %parc emit --ir %s | FileCheck %s
import math
import numpy as np


# CHECK-LABEL: func f__float32(x: float32) -> (float32, float32, float32, float32, float32) {
def f(x):
    return math.sqrt(x), math.exp(x), math.sin(x), math.log(x), math.fabs(x)


# CHECK-LABEL: func g__float32__float32(a: float32, b: float32) -> (float32, float32) {
def g(a, b):
    return math.atan2(a, b), math.hypot(a, b)


print(f(np.float32(0.5)), g(np.float32(1), np.float32(2)))
