# Module-level names assigned once are constants: a function reading one gets
# its defining expression inlined (typed in the module's scope), not a
# variable. In __main__ they are ordinary variables.
# (Numba 0.56: consts (int64,) -> float64; globals are frozen as constants.)
# RUN: %parc emit --ir %s | FileCheck %s

# CHECK-LABEL: func __main__() -> none {
# CHECK-NEXT:   N = 10:int64
# CHECK-NEXT:   SCALE = 2.5:float64
# CHECK-NEXT:   LIMIT = (mul:int64 N 2:int64)
# CHECK-NEXT:   FLAG = True
# CHECK-NEXT:   print (call consts__int64 1:int64) (call flag)
# CHECK-NEXT: }
N = 10
SCALE = 2.5
LIMIT = N * 2
FLAG = True


# CHECK-NEXT: func consts__int64(x: int64) -> float64 {
# CHECK-NEXT:   return (add:float64 (add:float64 (mul:float64 (cast:float64 x) 2.5:float64) (cast:float64 10:int64)) (cast:float64 (mul:int64 10:int64 2:int64)))
# CHECK-NEXT: }
def consts(x):
    return x * SCALE + N + LIMIT


# CHECK-NEXT: func flag() -> bool {
# CHECK-NEXT:   return True
# CHECK-NEXT: }
def flag():
    return FLAG


print(consts(1), flag())
