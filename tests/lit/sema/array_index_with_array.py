# Indexing with an array (fancy or boolean indexing) is not supported yet,
# whether the index array is an int array or a comparison's bool array.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_index_with_array.py:[[@LINE+12]]:11: error[E0104]: indexing with an array is not supported yet (it comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+11]] |     b = a[idx]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~{{$}}
# CHECK-NEXT: {{.*}}array_index_with_array.py:[[@LINE+10]]:11: error[E0104]: indexing with an array is not supported yet (it comes with array expressions)
# CHECK-NEXT: {{^ +}}[[@LINE+9]] |     c = a[a > 2]{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~{{$}}
import numpy as np
from numba import njit


@njit
def select(a, idx):
    b = a[idx]
    c = a[a > 2]
    return b, c


select(np.arange(5), np.arange(2))
