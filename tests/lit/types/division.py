# '/' is true division: float64 for integers of any width, float32 for two
# float32s. '//' and '%' keep integers (widened like other arithmetic), and
# '**' of two ints is int64.
# (Numba 0.56: div (int64, int64) -> float64, (int32, int32) -> float64,
# (float32, float32) -> float32, (float32, int64) -> float64; fdiv (int64,
# int64) -> int64, (float64, int64) -> float64, (int32, int32) -> int64,
# (uint32, uint32) -> uint64; mod (int64, int64) -> int64, (uint64, uint64) ->
# uint64; pw (int64, int64) -> int64, (int64, float64) -> float64.)
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func div__int64__int64(a: int64, b: int64) -> float64 {
# CHECK-NEXT:   return (div:float64 (cast:float64 a) (cast:float64 b))
# CHECK-LABEL: func div__int32__int32(a: int32, b: int32) -> float64 {
# CHECK-NEXT:   return (div:float64 (cast:float64 a) (cast:float64 b))
# CHECK-LABEL: func div__float32__float32(a: float32, b: float32) -> float32 {
# CHECK-NEXT:   return (div:float32 a b)
# CHECK-LABEL: func div__float32__int64(a: float32, b: int64) -> float64 {
# CHECK-NEXT:   return (div:float64 (cast:float64 a) (cast:float64 b))
def div(a, b):
    return a / b


# CHECK-LABEL: func fdiv__int64__int64(a: int64, b: int64) -> int64 {
# CHECK-NEXT:   return (floordiv:int64 a b)
# CHECK-LABEL: func fdiv__float64__int64(a: float64, b: int64) -> float64 {
# CHECK-NEXT:   return (floordiv:float64 a (cast:float64 b))
# CHECK-LABEL: func fdiv__int32__int32(a: int32, b: int32) -> int64 {
# CHECK-NEXT:   return (floordiv:int64 (cast:int64 a) (cast:int64 b))
# CHECK-LABEL: func fdiv__uint32__uint32(a: uint32, b: uint32) -> uint64 {
# CHECK-NEXT:   return (floordiv:uint64 (cast:uint64 a) (cast:uint64 b))
def fdiv(a, b):
    return a // b


# CHECK-LABEL: func mod__int64__int64(a: int64, b: int64) -> int64 {
# CHECK-NEXT:   return (mod:int64 a b)
# CHECK-LABEL: func mod__uint64__uint64(a: uint64, b: uint64) -> uint64 {
# CHECK-NEXT:   return (mod:uint64 a b)
# CHECK-LABEL: func mod__float64__int64(a: float64, b: int64) -> float64 {
# CHECK-NEXT:   return (mod:float64 a (cast:float64 b))
def mod(a, b):
    return a % b


# CHECK-LABEL: func pw__int64__int64(a: int64, b: int64) -> int64 {
# CHECK-NEXT:   return (pow:int64 a b)
# CHECK-LABEL: func pw__int64__float64(a: int64, b: float64) -> float64 {
# CHECK-NEXT:   return (pow:float64 (cast:float64 a) b)
def pw(a, b):
    return a ** b


print(div(7, 2), div(np.int32(7), np.int32(2)), div(np.float32(7), np.float32(2)), div(np.float32(1), 2))
print(fdiv(7, 2), fdiv(7.5, 2), fdiv(np.int32(7), np.int32(2)), fdiv(np.uint32(7), np.uint32(2)))
print(mod(7, 2), mod(np.uint64(7), np.uint64(2)), mod(7.5, 2))
print(pw(2, 3), pw(2, 0.5))
