# Arithmetic on integers narrower than 64 bits widens to int64 (uint64 when
# both operands are unsigned), as in Numba; uint64 with int64 is int64 (not
# NumPy's float64).
# (Numba 0.56: add (int32, int32) -> int64, (uint64, int64) -> int64,
# (uint8, int8) -> int64, (uint8, uint16) -> uint64, band (int8, int8) ->
# int64, shl (uint8, uint8) -> uint64.)
# RUN: %parc emit --ir --function add %s | FileCheck %s
# RUN: %parc emit --ir --function bits %s | FileCheck %s --check-prefix=BITS
import numpy as np


# CHECK-LABEL: func add__int32__int32(a: int32, b: int32) -> int64 {
# CHECK-NEXT:   return (add:int64 (cast:int64 a) (cast:int64 b))
# CHECK-LABEL: func add__uint64__int64(a: uint64, b: int64) -> int64 {
# CHECK-NEXT:   return (add:int64 (cast:int64 a) b)
# CHECK-LABEL: func add__uint8__int8(a: uint8, b: int8) -> int64 {
# CHECK-NEXT:   return (add:int64 (cast:int64 a) (cast:int64 b))
# CHECK-LABEL: func add__uint8__uint16(a: uint8, b: uint16) -> uint64 {
# CHECK-NEXT:   return (add:uint64 (cast:uint64 a) (cast:uint64 b))
# CHECK-LABEL: func add__uint64__uint64(a: uint64, b: uint64) -> uint64 {
# CHECK-NEXT:   return (add:uint64 a b)
def add(a, b):
    return a + b


# BITS-LABEL: func bits__int8__int8(a: int8, b: int8) -> int64 {
# BITS-NEXT:   return (bitxor:int64 ({{[^: ]+}}:int64 (cast:int64 a) (cast:int64 b)) (shl:int64 (cast:int64 a) (cast:int64 b)))
# BITS-LABEL: func bits__uint8__uint8(a: uint8, b: uint8) -> uint64 {
# BITS-NEXT:   return (bitxor:uint64 ({{[^: ]+}}:uint64 (cast:uint64 a) (cast:uint64 b)) (shl:uint64 (cast:uint64 a) (cast:uint64 b)))
def bits(a, b):
    return (a & b) ^ (a << b)


print(add(np.int32(1), np.int32(2)), add(np.uint64(1), 2), add(np.uint8(1), np.int8(2)))
print(add(np.uint8(1), np.uint16(2)), add(np.uint64(1), np.uint64(2)))
print(bits(np.int8(3), np.int8(1)), bits(np.uint8(3), np.uint8(1)))
