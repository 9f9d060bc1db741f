# float() of a float32 and round() of a float32 to n digits stay float32 in
# Numba, which prints (2.566999912261963, 2.569999933242798) here; parc
# prints (2.566999912261963, 2.57). (Numba 0.56: f (float32,) ->
# UniTuple(float32 x 2).)
# parc today: f__float32 -> (float64, float64).
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func f__float32(x: float32) -> (float32, float32) {
def f(x):
    return float(x), round(x, 2)


print(f(np.float32(2.567)))
