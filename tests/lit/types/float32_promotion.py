# float32 stays float32 with integers of up to 16 bits and becomes float64
# with wider integers and with float64 (NumPy promotion, as in Numba).
# (Numba 0.56: (float32, int8) -> float32, (float32, int16) -> float32,
# (float32, int64) -> float64, (float32, int32) -> float64, (float32, float32)
# -> float32, (float32, float64) -> float64.)
# RUN: %parc emit --ir --function add %s | FileCheck %s
import numpy as np


# CHECK-LABEL: func add__float32__int8(a: float32, b: int8) -> float32 {
# CHECK-NEXT:   return (add:float32 a (cast:float32 b))
# CHECK-LABEL: func add__float32__int16(a: float32, b: int16) -> float32 {
# CHECK-NEXT:   return (add:float32 a (cast:float32 b))
# CHECK-LABEL: func add__float32__int64(a: float32, b: int64) -> float64 {
# CHECK-NEXT:   return (add:float64 (cast:float64 a) (cast:float64 b))
# CHECK-LABEL: func add__float32__int32(a: float32, b: int32) -> float64 {
# CHECK-NEXT:   return (add:float64 (cast:float64 a) (cast:float64 b))
# CHECK-LABEL: func add__float32__float32(a: float32, b: float32) -> float32 {
# CHECK-NEXT:   return (add:float32 a b)
# CHECK-LABEL: func add__float32__float64(a: float32, b: float64) -> float64 {
# CHECK-NEXT:   return (add:float64 (cast:float64 a) b)
def add(a, b):
    return a + b


print(add(np.float32(1), np.int8(2)), add(np.float32(1), np.int16(2)), add(np.float32(1), 2))
print(add(np.float32(1), np.int32(2)), add(np.float32(1), np.float32(2)), add(np.float32(1), 2.5))
