# '|' and 'or' (and '&' and 'and') must print differently in the IR: both are
# int64 here, but one is a bitwise operation and the other a short-circuit
# select of an operand. Today the printer spells BinaryOp::BitOr "or" and
# BinaryOp::BitAnd "and", the same as the logical operators, so
# (or:int64 a b) appears twice and the two cannot be told apart.
# (Numba 0.56: f (int64, int64) -> UniTuple(int64 x 4).)
# RUN: %parc emit --ir --function f %s | FileCheck %s
# RUN: %parc emit --ir --function f %s | FileCheck %s --check-prefix=OR
# RUN: %parc emit --ir --function f %s | FileCheck %s --check-prefix=AND

# CHECK-LABEL: func f__int64__int64(a: int64, b: int64) -> (int64, int64, int64, int64) {
# The logical ones print as 'or' / 'and', once each.
# OR-COUNT-1: (or:int64 a b)
# OR-NOT: (or:int64 a b)
# AND-COUNT-1: (and:int64 a b)
# AND-NOT: (and:int64 a b)
def f(a, b):
    return (a | b), (a or b), (a & b), (a and b)


print(f(1, 2))
