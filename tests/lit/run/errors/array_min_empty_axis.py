# min, max, argmin and argmax along an axis of length 0 raise ValueError
# with NumPy's messages, even when other axes are empty too; along a
# non-empty axis of an empty array the result is empty.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_min_empty_axis.py:[[@LINE+15]]: ValueError: attempt to get argmax of an empty sequence{{$}}
# OUT: [] []
# OUT-NEXT: min failed
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def smallest(a):
    return a.min(axis=0)


@njit
def where_largest(a):
    return a.argmax(axis=1)


print(smallest(np.zeros((3, 0))), where_largest(np.zeros((0, 3))))
print("min failed")
print("after", where_largest(np.zeros((2, 0))))
