# a[mask] = values with another number of values than true elements raises
# ValueError in NumPy's words at the line of the store; nothing is written.
# One value is broadcast to every selected element.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_mask_assign_count.py:[[@LINE+10]]: ValueError: NumPy boolean array indexing assignment cannot assign 3 input values to the 2 output values where the mask is true{{$}}
# CHECK-NOT: after
# OUT: [0. 1. 2. 7. 7.]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def put(a, mask, values):
    a[mask] = values


a = np.arange(5.0)
put(a, a > 2, np.ones(1) * 7)
print(a)
put(a, a > 2, np.arange(3.0))
print(a)
print("after")
