# Array indices and slice bounds must be integers: a float literal, a float
# variable, a float expression and a float slice bound are each reported at
# the index, in reads, stores and augmented stores alike.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_index_float.py:[[@LINE+24]]:11: error[E0102]: array indices must be integers or slices, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |     b = a[1.5]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~{{$}}
# CHECK-NEXT: {{.*}}array_index_float.py:[[@LINE+22]]:11: error[E0102]: array indices must be integers or slices, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+21]] |     c = a[x]{{$}}
# CHECK-NEXT: {{^ +}}|           ^{{$}}
# CHECK-NEXT: {{.*}}array_index_float.py:[[@LINE+20]]:7: error[E0102]: array indices must be integers or slices, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+19]] |     a[x * 2] = 0{{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_index_float.py:[[@LINE+18]]:7: error[E0102]: array indices must be integers or slices, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     a[2.0] += 1{{$}}
# CHECK-NEXT: {{^ +}}|       ^~~{{$}}
# CHECK-NEXT: {{.*}}array_index_float.py:[[@LINE+16]]:13: error[E0102]: slice bounds must be integers, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+15]] |     d = a[1:x]{{$}}
# CHECK-NEXT: {{^ +}}|             ^{{$}}
# CHECK-NEXT: {{.*}}array_index_float.py:[[@LINE+14]]:13: error[E0102]: slice bounds must be integers, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+13]] |     e = a[::0.5]{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~{{$}}
import numpy as np
from numba import njit


@njit
def pick(a, x):
    b = a[1.5]
    c = a[x]
    a[x * 2] = 0
    a[2.0] += 1
    d = a[1:x]
    e = a[::0.5]
    return b + c


pick(np.arange(4), 1.5)
