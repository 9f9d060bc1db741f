# Types of the scalar builtins and numpy scalar functions:
#   abs keeps the type (int8 stays int8, float32 stays float32)
#   min/max of int and float: float64; of two float32: float32
#   round(x) is int64, round(x, n) float64; int(float) int64, int(int32)
#   int32; float(int) float64
#   np.int32(x) etc. convert; numpy ufuncs keep float32 and give float64 for
#   int64 (np.floor of an int64 is float64).
# (Numba 0.56: ab (int64,) -> int64, (float64,) -> float64, (int8,) -> int8,
# (float32,) -> float32; mn (int64, float64) -> Tuple(float64, float64),
# (float32, float32) -> UniTuple(float32 x 2), (float32, int64) -> float64s;
# rd (float64,) -> Tuple(int64, float64);
# conv (float64,) -> Tuple(int64, float64), (int32,) -> Tuple(int32,
# float64); npf (float32,) -> UniTuple(float32 x 3), (int64,) ->
# UniTuple(float64 x 3); cast (int64,) -> Tuple(int32, uint8, float32).)
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func ab__int64(x: int64) -> int64 {
# CHECK-NEXT:   return (abs:int64 x)
# CHECK-LABEL: func ab__float64(x: float64) -> float64 {
# CHECK-NEXT:   return (abs:float64 x)
# CHECK-LABEL: func ab__int8(x: int8) -> int8 {
# CHECK-NEXT:   return (abs:int8 x)
# CHECK-LABEL: func ab__float32(x: float32) -> float32 {
# CHECK-NEXT:   return (abs:float32 x)
def ab(x):
    return abs(x)


# CHECK-LABEL: func mn__int64__float64(a: int64, b: float64) -> (float64, float64) {
# CHECK-NEXT:   return (tuple (min:float64 (cast:float64 a) b) (max:float64 (cast:float64 a) b))
# CHECK-LABEL: func mn__float32__float32(a: float32, b: float32) -> (float32, float32) {
# CHECK-NEXT:   return (tuple (min:float32 a b) (max:float32 a b))
# CHECK-LABEL: func mn__float32__int64(a: float32, b: int64) -> (float64, float64) {
def mn(a, b):
    return min(a, b), max(a, b)


# CHECK-LABEL: func rd__float64(x: float64) -> (int64, float64) {
# CHECK-NEXT:   return (tuple (cast:int64 (round:float64 x)) (round_digits:float64 x 2:int64))
def rd(x):
    return round(x), round(x, 2)


# CHECK-LABEL: func conv__float64(x: float64) -> (int64, float64) {
# CHECK-NEXT:   return (tuple (cast:int64 x) x)
# CHECK-LABEL: func conv__int32(x: int32) -> (int32, float64) {
# CHECK-NEXT:   return (tuple x (cast:float64 x))
def conv(x):
    return int(x), float(x)


# CHECK-LABEL: func npf__float32(x: float32) -> (float32, float32, float32) {
# CHECK-LABEL: func npf__int64(x: int64) -> (float64, float64, float64) {
# CHECK-NEXT:   return (tuple (sqrt:float64 (cast:float64 x)) (exp:float64 (cast:float64 x)) (floor:float64 (cast:float64 x)))
def npf(x):
    return np.sqrt(x), np.exp(x), np.floor(x)


# CHECK-LABEL: func cast__int64(x: int64) -> (int32, uint8, float32) {
# CHECK-NEXT:   return (tuple (cast:int32 x) (cast:uint8 x) (cast:float32 x))
def cast(x):
    return np.int32(x), np.uint8(x), np.float32(x)


print(ab(-1), ab(-1.5), ab(np.int8(-3)), ab(np.float32(-1)))
print(mn(1, 2.5), mn(np.float32(1), np.float32(2)), mn(np.float32(1), 2))
print(rd(2.567), conv(2.5), conv(np.int32(3)))
print(npf(np.float32(2.25)), npf(4), cast(7))
