# Element-wise operations on arrays of different numbers of dimensions need
# broadcasting, which is not supported yet: arithmetic, comparisons, '**' and
# NumPy's two-argument functions. math.sqrt() of an array is an error too.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+25]]:9: error[E0102]: operands of 1-d and 2-d arrays (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+24]] |     x = a + m{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+23]]:9: error[E0102]: operands of 2-d and 1-d arrays (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+22]] |     y = m * a{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+21]]:9: error[E0102]: operands of 1-d and 2-d arrays (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     z = a < m{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+19]]:9: error[E0102]: operands of 1-d and 2-d arrays (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     w = a ** m{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+17]]:9: error[E0102]: operands of 1-d and 2-d arrays (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     v = np.arctan2(a, m){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_arith_ndim_mismatch.py:[[@LINE+15]]:19: error[E0102]: math.sqrt() needs a number, not array(float64, 1d, C)
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     u = math.sqrt(a){{$}}
# CHECK-NEXT: {{^ +}}|                   ^{{$}}
import math
import numpy as np
from numba import njit


@njit
def combine(a, m):
    x = a + m
    y = m * a
    z = a < m
    w = a ** m
    v = np.arctan2(a, m)
    u = math.sqrt(a)
    return x


combine(np.ones(3), np.ones((3, 3)))
