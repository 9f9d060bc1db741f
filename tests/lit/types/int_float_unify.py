# One type per local: an int and a float assigned to the same variable unify
# to float64, and the int assignment gets a cast. A parameter assigned a float
# gets a float64 local of its own. Returning an int on one path and a float on
# another gives float64. (Numba: mix (int64,) -> float64, param (int64,) ->
# float64, accumulate (int64,) -> float64, mixed (int64,) -> float64.)
# RUN: %parc emit --ir %s | FileCheck %s

# CHECK-LABEL: func mix__int64(n: int64) -> float64 {
# CHECK-NEXT:   x = (cast:float64 1:int64)
# CHECK-NEXT:   if (n gt 0:int64) {
# CHECK-NEXT:     x = 2.5:float64
# CHECK-NEXT:   }
# CHECK-NEXT:   return x
# CHECK-NEXT: }
def mix(n):
    x = 1
    if n > 0:
        x = 2.5
    return x


# CHECK-LABEL: func param__int64(a: int64) -> float64 {
# CHECK-NEXT:   a.local = (cast:float64 a)
# CHECK-NEXT:   a.local = (add:float64 a.local 0.5:float64)
# CHECK-NEXT:   return a.local
# CHECK-NEXT: }
def param(a):
    a = a + 0.5
    return a


# CHECK-LABEL: func accumulate__int64(n: int64) -> float64 {
# CHECK-NEXT:   s = (cast:float64 0:int64)
# CHECK-NEXT:   for i in range(0:int64, n, 1:int64) {
# CHECK-NEXT:     s = (add:float64 s (mul:float64 (cast:float64 i) 0.5:float64))
# CHECK-NEXT:   }
# CHECK-NEXT:   return s
# CHECK-NEXT: }
def accumulate(n):
    s = 0
    for i in range(n):
        s += i * 0.5
    return s


# CHECK-LABEL: func mixed__int64(n: int64) -> float64 {
# CHECK-NEXT:   if (n gt 0:int64) {
# CHECK-NEXT:     return (cast:float64 1:int64)
# CHECK-NEXT:   }
# CHECK-NEXT:   return 2.5:float64
# CHECK-NEXT: }
def mixed(n):
    if n > 0:
        return 1
    return 2.5


# A while loop counter stays int64; '/' on it gives float64.
# CHECK-LABEL: func count__int64(n: int64) -> float64 {
# CHECK-NEXT:   i = 0:int64
# CHECK-NEXT:   while (i lt n) {
# CHECK-NEXT:     i = (add:int64 i 1:int64)
# CHECK-NEXT:   }
# CHECK-NEXT:   return (div:float64 (cast:float64 i) (cast:float64 2:int64))
# CHECK-NEXT: }
def count(n):
    i = 0
    while i < n:
        i += 1
    return i / 2


print(mix(1), param(1), accumulate(3), mixed(1), count(3))
