# min() and max() unify their arguments the NumPy way (like a local assigned
# both), not by arithmetic widening: two int32 stay int32, int8 with int16 is
# int16, and uint64 with int64 is float64 (Numba prints (1.0, 2.0) for
# b(np.uint64(1), 2); parc prints (1, 2)).
# (Numba 0.56: b (int32, int32) -> UniTuple(int32 x 2), (int8, int16) ->
# UniTuple(int16 x 2), (uint64, int64) -> UniTuple(float64 x 2).)
# parc today: (int64, int64) for all three.
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func b__int32__int32(x: int32, y: int32) -> (int32, int32) {
# CHECK-LABEL: func b__int8__int16(x: int8, y: int16) -> (int16, int16) {
# CHECK-LABEL: func b__uint64__int64(x: uint64, y: int64) -> (float64, float64) {
def b(x, y):
    return min(x, y), max(x, y)


print(b(np.int32(1), np.int32(2)), b(np.int8(1), np.int16(2)), b(np.uint64(1), 2))
