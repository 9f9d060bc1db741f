# Recursive functions are typed from their non-recursive returns: fib is
# int64; half returns a float on its base case and float + int on the
# recursive one, so float64; fact's base case comes first; even/odd are
# mutually recursive and bool.
# (Numba 0.56: fib (int64,) -> int64, half (int64,) -> float64, fact (int64,)
# -> int64, later_base (int64,) -> int64, even (int64,) -> bool, odd (int64,)
# -> bool.)
# RUN: %parc emit --ir %s | FileCheck %s


# CHECK-LABEL: func fib__int64(n: int64) -> int64 {
# CHECK-NEXT:   if (n lt 2:int64) {
# CHECK-NEXT:     return n
# CHECK-NEXT:   }
# CHECK-NEXT:   return (add:int64 (call fib__int64 (sub:int64 n 1:int64)) (call fib__int64 (sub:int64 n 2:int64)))
# CHECK-NEXT: }
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


# CHECK-LABEL: func half__int64(n: int64) -> float64 {
# CHECK-NEXT:   if (n le 0:int64) {
# CHECK-NEXT:     return 0.5:float64
# CHECK-NEXT:   }
# CHECK-NEXT:   return (add:float64 (call half__int64 (sub:int64 n 1:int64)) (cast:float64 1:int64))
def half(n):
    if n <= 0:
        return 0.5
    return half(n - 1) + 1


# The recursive return comes before the base case.
# CHECK-LABEL: func later_base__int64(n: int64) -> int64 {
# CHECK-NEXT:   if (n gt 1:int64) {
# CHECK-NEXT:     return (mul:int64 (call later_base__int64 (sub:int64 n 1:int64)) n)
# CHECK-NEXT:   }
# CHECK-NEXT:   return 1:int64
def later_base(n):
    if n > 1:
        return later_base(n - 1) * n
    return 1


# Recursion with a float argument is its own specialisation, recursing on
# itself.
# CHECK-LABEL: func fib__float64(n: float64) -> float64 {
# CHECK:         return (add:float64 (call fib__float64 (sub:float64 n (cast:float64 1:int64))) (call fib__float64 (sub:float64 n (cast:float64 2:int64))))

# CHECK-LABEL: func even__int64(n: int64) -> bool {
# CHECK-NEXT:   if (n eq 0:int64) {
# CHECK-NEXT:     return True
# CHECK-NEXT:   }
# CHECK-NEXT:   return (call odd__int64 (sub:int64 n 1:int64))
# CHECK-LABEL: func odd__int64(n: int64) -> bool {
# CHECK-NEXT:   if (n eq 0:int64) {
# CHECK-NEXT:     return False
# CHECK-NEXT:   }
# CHECK-NEXT:   return (call even__int64 (sub:int64 n 1:int64))
def even(n):
    if n == 0:
        return True
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


print(fib(10), half(3), later_base(5), fib(10.0), even(4))
