# One specialisation per argument-type signature: the same function called
# with an int and with a float is compiled twice, as two functions with their
# own symbols, and each call site calls its own. A second call with the same
# types reuses the first specialisation.
# (Numba 0.56: scale.nopython_signatures == [(int64,) -> int64,
# (float64,) -> float64].)
# RUN: %parc emit --ir %s | FileCheck %s
# RUN: %parc emit --ir %s | FileCheck %s --check-prefix=COUNT


# CHECK-LABEL: func __main__() -> none {
# CHECK-NEXT:   a = (call scale__int64 2:int64)
# CHECK-NEXT:   b = (call scale__float64 2.5:float64)
# CHECK-NEXT:   c = (call scale__int64 3:int64)
# CHECK-NEXT:   print a b c
# CHECK-NEXT: }
# CHECK-NEXT: func scale__int64(x: int64) -> int64 {
# CHECK-NEXT:   return (mul:int64 x 3:int64)
# CHECK-NEXT: }
# CHECK-NEXT: func scale__float64(x: float64) -> float64 {
# CHECK-NEXT:   return (mul:float64 x (cast:float64 3:int64))
# CHECK-NEXT: }

# Exactly two specialisations, nothing else.
# COUNT-COUNT-2: func scale__
# COUNT-NOT: func scale__
def scale(x):
    return x * 3


a = scale(2)
b = scale(2.5)
c = scale(3)
print(a, b, c)
