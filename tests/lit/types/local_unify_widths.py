# Unifying locals of different numeric types follows Numba's unification
# (NumPy promotion), not the arithmetic widening rule:
#   int32 then int64      -> int64
#   bool then int64       -> int64
#   uint64 then int64     -> float64 (no integer type holds both)
#   float32 then int64    -> float64
#   float32 then int8     -> float32
#   uint8 then int8       -> int16
# (Numba 0.56: u_int32 (bool,) -> int64, u_bool -> int64, u_uint64 -> float64,
# u_f32_i64 -> float64, u_f32_i8 -> float32, u_u8_i8 -> int16.)
# RUN: %parc emit --ir %s | FileCheck %s
import numpy as np

# CHECK-LABEL: func u_int32__bool(c: bool) -> int64 {
# CHECK-NEXT:   x = (cast:int64 (cast:int32 1:int64))
def u_int32(c):
    x = np.int32(1)
    if c:
        x = 2
    return x


# CHECK-LABEL: func u_bool__bool(c: bool) -> int64 {
# CHECK-NEXT:   x = (cast:int64 True)
def u_bool(c):
    x = True
    if c:
        x = 2
    return x


# CHECK-LABEL: func u_uint64__bool(c: bool) -> float64 {
# CHECK-NEXT:   x = (cast:float64 (cast:uint64 1:int64))
# CHECK-NEXT:   if c {
# CHECK-NEXT:     x = (cast:float64 2:int64)
def u_uint64(c):
    x = np.uint64(1)
    if c:
        x = 2
    return x


# CHECK-LABEL: func u_f32_i64__bool(c: bool) -> float64 {
# CHECK-NEXT:   x = (cast:float64 (cast:float32 1:int64))
def u_f32_i64(c):
    x = np.float32(1)
    if c:
        x = 2
    return x


# CHECK-LABEL: func u_f32_i8__bool(c: bool) -> float32 {
# CHECK-NEXT:   x = (cast:float32 1:int64)
# CHECK-NEXT:   if c {
# CHECK-NEXT:     x = (cast:float32 (cast:int8 2:int64))
def u_f32_i8(c):
    x = np.float32(1)
    if c:
        x = np.int8(2)
    return x


# CHECK-LABEL: func u_u8_i8__bool(c: bool) -> int16 {
# CHECK-NEXT:   x = (cast:int16 (cast:uint8 1:int64))
# CHECK-NEXT:   if c {
# CHECK-NEXT:     x = (cast:int16 (cast:int8 2:int64))
def u_u8_i8(c):
    x = np.uint8(1)
    if c:
        x = np.int8(2)
    return x


print(u_int32(True), u_bool(True), u_uint64(True), u_f32_i64(True), u_f32_i8(True), u_u8_i8(True))
