# Comparisons are bool; operands are compared in their common type (an int
# against a float as float64; int8 against uint64 as int64). Chained
# comparisons are one bool expression.
# (Numba 0.56: cmp (int64, float64) -> bool, (int8, uint64) -> bool,
# chain (int64, int64, float64) -> bool.)
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func cmp__int64__float64(a: int64, b: float64) -> bool {
# CHECK-NEXT:   return ((cast:float64 a) lt b)
# CHECK-LABEL: func cmp__int8__uint64(a: int8, b: uint64) -> bool {
# CHECK-NEXT:   return ((cast:int64 a) lt (cast:int64 b))
def cmp(a, b):
    return a < b


# CHECK-LABEL: func chain__int64__int64__float64(a: int64, b: int64, c: float64) -> bool {
# CHECK-NEXT:   return ((cast:float64 a) lt (cast:float64 b) le c)
def chain(a, b, c):
    return a < b <= c


# A comparison stored in a local makes a bool local.
# CHECK-LABEL: func store__int64(n: int64) -> (bool, bool) {
# CHECK-NEXT:   big = (n ge 10:int64)
# CHECK-NEXT:   same = (n eq n)
# CHECK-NEXT:   return (tuple big same)
def store(n):
    big = n >= 10
    same = n == n
    return big, same


print(cmp(1, 2.0), cmp(np.int8(1), np.uint64(2)), chain(1, 2, 3.0), store(3))
