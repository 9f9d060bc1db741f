# Arithmetic on bools gives int64 (True + True == 2), as do unary minus and
# shifts; '&', '|', '^' of two bools stay bool; 'not' is bool.
# (The bitwise and is matched loosely: see bitwise_vs_logical.py.)
# (Numba 0.56: add (bool, bool) -> int64, neg (bool,) -> int64,
# shl (bool, bool) -> int64, band (bool, bool) -> bool, notop (int64,) -> bool.)
# RUN: %parc emit --ir %s | FileCheck %s

# CHECK-LABEL: func add__bool__bool(a: bool, b: bool) -> int64 {
# CHECK-NEXT:   return (add:int64 (cast:int64 a) (cast:int64 b))
def add(a, b):
    return a + b


# CHECK-LABEL: func neg__bool(a: bool) -> int64 {
# CHECK-NEXT:   return (neg:int64 (cast:int64 a))
def neg(a):
    return -a


# CHECK-LABEL: func shl__bool__bool(a: bool, b: bool) -> int64 {
# CHECK-NEXT:   return (shl:int64 (cast:int64 a) (cast:int64 b))
def shl(a, b):
    return a << b


# CHECK-LABEL: func band__bool__bool(a: bool, b: bool) -> bool {
# CHECK-NEXT:   return ({{[^: ]+}}:bool a b)
def band(a, b):
    return a & b


# CHECK-LABEL: func notop__int64(a: int64) -> bool {
# CHECK-NEXT:   return (not:bool (a ne 0:int64))
def notop(a):
    return not a


# A bool literal in arithmetic with an int.
# CHECK-LABEL: func lit() -> int64 {
# CHECK-NEXT:   z = (add:int64 (cast:int64 True) (cast:int64 True))
# CHECK-NEXT:   return (add:int64 z (cast:int64 False))
def lit():
    z = True + True
    return z + False


print(add(True, False), neg(True), shl(True, True), band(True, False), notop(1), lit())
