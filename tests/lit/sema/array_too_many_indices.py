# More indices than the array has dimensions, in a read and in a store, and a
# chained index whose second subscript goes past the row's one dimension.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_too_many_indices.py:[[@LINE+15]]:9: error[E0102]: too many indices for array: array is 2-d, but 3 were indexed
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     x = m[1, 2, 3]{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_too_many_indices.py:[[@LINE+13]]:5: error[E0102]: too many indices for array: array is 2-d, but 3 were indexed
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     m[0, 0, 0] = 1.0{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_too_many_indices.py:[[@LINE+11]]:9: error[E0102]: too many indices for array: array is 1-d, but 2 were indexed
# CHECK-NEXT: {{^ +}}[[@LINE+10]] |     y = m[0][1, 2]{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def corner(m):
    x = m[1, 2, 3]
    m[0, 0, 0] = 1.0
    y = m[0][1, 2]
    return x + y


corner(np.zeros((2, 3)))
