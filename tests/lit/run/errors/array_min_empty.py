# min() of an empty array (here an empty slice) raises ValueError with
# NumPy's message, at the line of the call.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_min_empty.py:[[@LINE+9]]: ValueError: zero-size array to reduction operation minimum which has no identity{{$}}
# OUT: smallest 3.0
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def smallest(a, start):
    return a[start:].min()


a = np.arange(5.0)
print("smallest", smallest(a, 3))
print("after", smallest(a, 5))
