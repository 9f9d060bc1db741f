# An axis known only at run time is checked then: outside -ndim..ndim-1 it
# raises ValueError with NumPy's message (NumPy's AxisError is a
# ValueError), at the line of the call. A negative axis counts from the end.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_axis_out_of_range.py:[[@LINE+11]]: ValueError: axis -3 is out of bounds for array of dimension 2{{$}}
# OUT: [ 3 12] [3 5 7]
# OUT-NEXT: [ 3 12] [3 5 7]
# OUT-NEXT: 10 10
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def sums(a, k):
    return a.sum(axis=k)


m = np.arange(6).reshape(2, 3)
print(sums(m, 1), sums(m, 0))
print(sums(m, -1), sums(m, -2))
print(sums(np.arange(5), 0), sums(np.arange(5), -1))
print("after", sums(m, -3))
