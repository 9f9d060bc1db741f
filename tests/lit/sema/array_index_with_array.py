# Indexing with an array of integers (fancy indexing) is not supported; a
# boolean mask is, as the only index and with at most the array's number of
# dimensions.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_index_with_array.py:[[@LINE+15]]:11: error[E0104]: indexing with an array of int64 (fancy indexing) is not supported; only a boolean mask is
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     b = a[idx]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~{{$}}
# CHECK-NEXT: {{.*}}array_index_with_array.py:[[@LINE+13]]:11: error[E0104]: a boolean mask must be the only index: a[mask]
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     c = m[m[:, 0] > 2, 0]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_index_with_array.py:[[@LINE+11]]:11: error[E0102]: too many indices for array: array is 1-d, but a 2-d boolean mask was given
# CHECK-NEXT: {{^ +}}[[@LINE+10]] |     d = a[m > 2]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~{{$}}
import numpy as np
from numba import njit


@njit
def select(a, idx, m):
    b = a[idx]
    c = m[m[:, 0] > 2, 0]
    d = a[m > 2]
    return a[a > 2]


select(np.arange(5), np.arange(2), np.zeros((2, 2)))
