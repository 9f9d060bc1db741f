# math functions: floor/ceil/trunc return int64 (an int argument is already
# whole and keeps its type); sqrt/exp/atan2/hypot/fabs return float64 and
# convert int arguments; isnan/isinf/isfinite return bool (constant for
# ints); math.pi is a float64 constant.
# (Numba 0.56: fl (float64,) -> int64, (int64,) -> int64; sq (int64,) ->
# float64, (float64,) -> float64; isn (float64,) -> bool, (int64,) -> bool;
# two (int64, int64) -> Tuple(float64, float64, float64); fab (int64,) ->
# float64; circle (float64,) -> float64.)
# RUN: %parc emit --ir %s | FileCheck %s
import math


# CHECK-LABEL: func fl__float64(x: float64) -> (int64, int64, int64) {
# CHECK-NEXT:   return (tuple (floor:int64 x) (ceil:int64 x) (trunc:int64 x))
def fl(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


# CHECK-LABEL: func fl__int64(x: int64) -> (int64, int64, int64) {
# CHECK-NEXT:   return (tuple x x x)

# CHECK-LABEL: func sq__int64(x: int64) -> float64 {
# CHECK-NEXT:   return (sqrt:float64 (cast:float64 x))
# CHECK-LABEL: func sq__float64(x: float64) -> float64 {
# CHECK-NEXT:   return (sqrt:float64 x)
def sq(x):
    return math.sqrt(x)


# CHECK-LABEL: func isn__float64(x: float64) -> (bool, bool, bool) {
# CHECK-NEXT:   return (tuple (isnan:bool x) (isinf:bool x) (isfinite:bool x))
# CHECK-LABEL: func isn__int64(x: int64) -> (bool, bool, bool) {
# CHECK-NEXT:   return (tuple False False True)
def isn(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


# CHECK-LABEL: func two__int64__int64(a: int64, b: int64) -> (float64, float64, float64) {
# CHECK-NEXT:   return (tuple (atan2:float64 (cast:float64 a) (cast:float64 b)) (hypot:float64 (cast:float64 a) (cast:float64 b)) (pow:float64 (cast:float64 a) (cast:float64 b)))
def two(a, b):
    return math.atan2(a, b), math.hypot(a, b), math.pow(a, b)


# CHECK-LABEL: func fab__int64(x: int64) -> float64 {
# CHECK-NEXT:   return (fabs:float64 (cast:float64 x))
def fab(x):
    return math.fabs(x)


# CHECK-LABEL: func circle__float64(r: float64) -> float64 {
# CHECK-NEXT:   return (mul:float64 (mul:float64 3.141592653589793:float64 r) r)
def circle(r):
    return math.pi * r * r


print(fl(2.5), fl(3), sq(4), sq(4.0), isn(1.0), isn(1))
print(two(3, 4), fab(-2), circle(1.0))
