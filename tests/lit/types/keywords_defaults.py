# Keyword arguments and defaults: arguments are matched to parameters, and a
# missing one takes its default, typed like a literal; the specialisation is
# over the types of all parameters, defaults included.
# (Numba 0.56: kw (int64, omitted(default=1), omitted(default=2.5)) ->
# float64, (int64, omitted(default=1), int64) -> int64, (int64, int64,
# omitted(default=2.5)) -> float64, (float64, int64, omitted(default=2.5)) ->
# float64, (int64, omitted(default=1), bool) -> int64.)
# RUN: %parc emit --ir %s | FileCheck %s


# CHECK-LABEL: func __main__() -> none {
# CHECK-NEXT:   print (call kw__int64__int64__float64 1:int64 1:int64 2.5:float64)
# CHECK-NEXT:   print (call kw__int64__int64__int64 1:int64 1:int64 2:int64)
# CHECK-NEXT:   print (call kw__int64__int64__float64 1:int64 2:int64 2.5:float64)
# CHECK-NEXT:   print (call kw__float64__int64__float64 1.5:float64 2:int64 2.5:float64)
# CHECK-NEXT:   print (call kw__int64__int64__bool 1:int64 1:int64 True)
# CHECK-NEXT: }
# CHECK-NEXT: func kw__int64__int64__float64(a: int64, b: int64, c: float64) -> float64 {
# CHECK-NEXT:   return (add:float64 (cast:float64 (add:int64 a b)) c)
# CHECK-NEXT: }
# CHECK-NEXT: func kw__int64__int64__int64(a: int64, b: int64, c: int64) -> int64 {
# CHECK-NEXT:   return (add:int64 (add:int64 a b) c)
# CHECK-NEXT: }
# CHECK-NEXT: func kw__float64__int64__float64(a: float64, b: int64, c: float64) -> float64 {
# CHECK-NEXT:   return (add:float64 (add:float64 a (cast:float64 b)) c)
# CHECK-NEXT: }
# CHECK-NEXT: func kw__int64__int64__bool(a: int64, b: int64, c: bool) -> int64 {
# CHECK-NEXT:   return (add:int64 (add:int64 a b) (cast:int64 c))
# CHECK-NEXT: }
def kw(a, b=1, c=2.5):
    return a + b + c


print(kw(1))
print(kw(1, c=2))
print(kw(1, 2))
print(kw(a=1.5, b=2))
print(kw(1, c=True))
