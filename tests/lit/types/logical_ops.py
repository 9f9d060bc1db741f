# 'and' and 'or' return one of their operands, so their type is the
# unification of the operand types; so is a conditional expression's.
# (Numba 0.56: andop (int64, float64) -> float64, (bool, int64) -> int64;
# orop (int64, float64) -> float64, (int64, int64) -> int64; cond (bool,
# int64, float64) -> float64, (int64, int32, int64) -> int64, (float64, bool,
# int64) -> int64.)
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func andop__int64__float64(a: int64, b: float64) -> float64 {
# CHECK-NEXT:   return (and:float64 (cast:float64 a) b)
# CHECK-LABEL: func andop__bool__int64(a: bool, b: int64) -> int64 {
# CHECK-NEXT:   return (and:int64 (cast:int64 a) b)
def andop(a, b):
    return a and b


# CHECK-LABEL: func orop__int64__float64(a: int64, b: float64) -> float64 {
# CHECK-NEXT:   return (or:float64 (cast:float64 a) b)
# CHECK-LABEL: func orop__int64__int64(a: int64, b: int64) -> int64 {
# CHECK-NEXT:   return (or:int64 a b)
def orop(a, b):
    return a or b


# CHECK-LABEL: func cond__bool__int64__float64(c: bool, a: int64, b: float64) -> float64 {
# CHECK-NEXT:   return (select:float64 c (cast:float64 a) b)
# CHECK-LABEL: func cond__int64__int32__int64(c: int64, a: int32, b: int64) -> int64 {
# CHECK-NEXT:   return (select:int64 (c ne 0:int64) (cast:int64 a) b)
# CHECK-LABEL: func cond__float64__bool__int64(c: float64, a: bool, b: int64) -> int64 {
# CHECK-NEXT:   return (select:int64 (c ne 0.0:float64) (cast:int64 a) b)
def cond(c, a, b):
    return a if c else b


print(andop(1, 2.5), andop(True, 3), orop(0, 2.5), orop(1, 2))
print(cond(True, 1, 2.5), cond(1, np.int32(1), np.int64(2)), cond(0.0, True, 3))
