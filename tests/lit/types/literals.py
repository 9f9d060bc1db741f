# Literal types: an int literal is int64, a float literal float64, True/False
# bool; an int literal too large for int64 is uint64 (Numba: Literal[int],
# uint64 at run time). A tuple of literals is a tuple of those types.
# RUN: %parc emit --ir --function lit %s | FileCheck %s --check-prefix=LIT
# RUN: %parc emit --ir --function big %s | FileCheck %s --check-prefix=BIG
# RUN: %parc emit --ir --function __main__ %s | FileCheck %s --check-prefix=MAIN

# LIT-LABEL: func lit() -> (int64, float64, bool, float64) {
# LIT-NEXT:   x = 1:int64
# LIT-NEXT:   y = 2.5:float64
# LIT-NEXT:   z = True
# LIT-NEXT:   w = 1e+100:float64
# LIT-NEXT:   return (tuple x y z w)
# LIT-NEXT: }
def lit():
    x = 1
    y = 2.5
    z = True
    w = 1e100
    return x, y, z, w


# BIG-LABEL: func big() -> uint64 {
# BIG-NEXT:   return 18446744073709551615:uint64
# BIG-NEXT: }
def big():
    return 18446744073709551615


# Module-level code is the function __main__; its variables are typed too.
# MAIN-LABEL: func __main__() -> none {
# MAIN-NEXT:   a = 7:int64
# MAIN-NEXT:   b = 0.25:float64
# MAIN-NEXT:   c = False
# MAIN-NEXT:   print (call lit) (call big) a b c
# MAIN-NEXT: }
a = 7
b = 0.25
c = False
print(lit(), big(), a, b, c)
