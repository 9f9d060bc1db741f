# An array stored into a selection of another number of dimensions (no
# broadcasting yet), and an array stored into a single element, directly or
# through an augmented assignment.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_store_shape_mismatch.py:[[@LINE+24]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |     a[:] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+22]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+21]] |     m[0] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+20]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection (broadcasting comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+19]] |     m[:, 0] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+18]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     a[0] = a{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+16]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+15]] |     a[1] = m[0]{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+14]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+13]] |     a[2] += a{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def store(a, m):
    a[:] = m
    m[0] = m
    m[:, 0] = m
    a[0] = a
    a[1] = m[0]
    a[2] += a
    return a


store(np.zeros(3), np.zeros((3, 3)))
