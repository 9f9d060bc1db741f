# A 1-d array reduced along a run-time axis gives a scalar; an axis other
# than 0 or -1 raises ValueError, also for argmin.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_axis_out_of_range_1d.py:[[@LINE+9]]: ValueError: axis 1 is out of bounds for array of dimension 1{{$}}
# OUT: 0 0
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def smallest(a, k):
    return a.argmin(k)


print(smallest(np.arange(5.0), 0), smallest(np.arange(5.0), -1))
print("after", smallest(np.arange(5.0), 1))
