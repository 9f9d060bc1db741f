# prange() and range() drive for loops only: imported by name, through the
# numba module, and the builtin range.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}prange_outside_for.py:[[@LINE+14]]:9: error[E0104]: prange() can only drive a for loop
# CHECK-NEXT: {{^ +}}[[@LINE+13]] |     r = prange(n){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}prange_outside_for.py:[[@LINE+16]]:5: error[E0104]: prange() can only drive a for loop
# CHECK-NEXT: {{^ +}}[[@LINE+15]] | q = numba.prange(10){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}prange_outside_for.py:[[@LINE+14]]:5: error[E0104]: range() can only drive a for loop
# CHECK-NEXT: {{^ +}}[[@LINE+13]] | s = range(10){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~{{$}}
import numba
from numba import prange


def f(n):
    r = prange(n)
    return n


print(f(4))
q = numba.prange(10)
s = range(10)
