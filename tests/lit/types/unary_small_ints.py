# Unary minus and '~' widen small integers like binary arithmetic does:
# int8 -> int64, uint8 -> uint64. '~' on a bool is a bool in Numba (it is
# NumPy's logical not: Numba prints False for ~True where parc prints -2).
# (Numba 0.56: neg (int8,) -> int64, (uint8,) -> uint64, (int64,) -> int64;
# inv (int8,) -> int64, (uint8,) -> uint64, (bool,) -> bool.)
# parc today: neg__int8 -> int8, neg__uint8 -> uint8, inv__int8 -> int8,
# inv__uint8 -> uint8, inv__bool -> int64.
# RUN: %parc emit --ir --function neg %s | FileCheck %s --check-prefix=NEG
# RUN: %parc emit --ir --function inv %s | FileCheck %s --check-prefix=INV
import numpy as np


# NEG-LABEL: func neg__int8(a: int8) -> int64 {
# NEG-NEXT:   return (neg:int64 (cast:int64 a))
# NEG-LABEL: func neg__uint8(a: uint8) -> uint64 {
# NEG-NEXT:   return (neg:uint64 (cast:uint64 a))
# NEG-LABEL: func neg__int64(a: int64) -> int64 {
# NEG-NEXT:   return (neg:int64 a)
def neg(a):
    return -a


# INV-LABEL: func inv__int8(a: int8) -> int64 {
# INV-NEXT:   return (invert:int64 (cast:int64 a))
# INV-LABEL: func inv__uint8(a: uint8) -> uint64 {
# INV-NEXT:   return (invert:uint64 (cast:uint64 a))
# INV-LABEL: func inv__bool(a: bool) -> bool {
def inv(a):
    return ~a


print(neg(np.int8(3)), neg(np.uint8(3)), neg(5))
print(inv(np.int8(3)), inv(np.uint8(3)), inv(True))
