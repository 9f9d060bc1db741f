# An array stored into a selection of fewer dimensions (a value broadcasts
# to the selection, never the other way), an in-place update whose result
# has more dimensions than the array, and an array stored into a single
# element, directly or through an augmented assignment.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_store_shape_mismatch.py:[[@LINE+27]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+26]] |     a[:] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+25]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+24]] |     m[0] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+23]]:5: error[E0102]: cannot assign a 2-d array to a 1-d selection{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+22]] |     m[:, 0] = m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+21]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     a[0] = a{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+19]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     a[1] = m[0]{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+17]]:5: error[E0102]: cannot assign an array to a single element of an array
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     a[2] += a{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_shape_mismatch.py:[[@LINE+15]]:5: error[E0102]: cannot update a 1-d array in place with a 2-d result{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     a += m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
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
    a += m
    return a


store(np.zeros(3), np.zeros((3, 3)))
