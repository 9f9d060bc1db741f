# math.floor/ceil/trunc of a small integer widen it like arithmetic does:
# int8 -> int64, uint16 -> uint64. (Numba 0.56: d (int8,) -> UniTuple(int64
# x 3), (uint16,) -> UniTuple(uint64 x 3).)  parc today: d__int8 -> (int8,
# int8, int8), d__uint16 -> (uint16, uint16, uint16).
# RUN: %parc emit --ir %s | FileCheck %s
import math
import numpy as np


# CHECK-LABEL: func d__int8(x: int8) -> (int64, int64, int64) {
# CHECK-LABEL: func d__uint16(x: uint16) -> (uint64, uint64, uint64) {
def d(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


print(d(np.int8(3)), d(np.uint16(4)))
