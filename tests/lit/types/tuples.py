# Tuple types: a returned tuple of an int and a float is (int64, float64);
# unpacking gives each name its element's type; returns of tuples unify
# element-wise; a one-element tuple is (T,).
# (Numba 0.56: pair (int64,) -> Tuple(int64, float64), unpack (int64,) ->
# float64, both (int64,) -> UniTuple(float64 x 2), single (int64,) ->
# UniTuple(int64 x 1), nested (int64,) -> Tuple(int64, Tuple(float64, bool)).)
# RUN: %parc emit --ir %s | FileCheck %s


# CHECK-LABEL: func pair__int64(a: int64) -> (int64, float64) {
# CHECK-NEXT:   return (tuple a (mul:float64 (cast:float64 a) 0.5:float64))
def pair(a):
    return a, a * 0.5


# CHECK-LABEL: func unpack__int64(a: int64) -> float64 {
# CHECK-NEXT:   [[T:\$tuple[0-9]+]] = (call pair__int64 a)
# CHECK-NEXT:   x = (get [[T]] 0)
# CHECK-NEXT:   y = (get [[T]] 1)
# CHECK-NEXT:   return (add:float64 (cast:float64 x) y)
def unpack(a):
    x, y = pair(a)
    return x + y


# CHECK-LABEL: func both__int64(c: int64) -> (float64, float64) {
# CHECK-NEXT:   if (c ne 0:int64) {
# CHECK-NEXT:     return (tuple (cast:float64 1:int64) 2.0:float64)
# CHECK-NEXT:   }
# CHECK-NEXT:   return (tuple 1.5:float64 (cast:float64 2:int64))
def both(c):
    if c:
        return (1, 2.0)
    return (1.5, 2)


# CHECK-LABEL: func single__int64(a: int64) -> (int64,) {
# CHECK-NEXT:   return (tuple a)
def single(a):
    return (a,)


# CHECK-LABEL: func nested__int64(a: int64) -> (int64, (float64, bool)) {
# CHECK-NEXT:   return (tuple a (tuple 0.5:float64 (a gt 0:int64)))
def nested(a):
    return a, (0.5, a > 0)


# Indexing with a constant (here negative) gives the element's type.
# CHECK-LABEL: func index__int64(a: int64) -> float64 {
# CHECK-NEXT:   t = (call pair__int64 a)
# CHECK-NEXT:   return (get t 1)
def index(a):
    t = pair(a)
    return t[-1]


print(pair(3), unpack(4), both(1), single(5), nested(6), index(7))
