# @njit(boundscheck=True) on a 2-d array: a column index out of range raises
# IndexError for axis 1 with the number of columns; rows and columns at the
# negative limit are fine.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_boundscheck_2d.py:[[@LINE+9]]: IndexError: index 3 is out of bounds for axis 1 with size 3{{$}}
# OUT: corner 5.0 0.0 3.0
# OUT-NOT: after
import numpy as np
from numba import njit


@njit(boundscheck=True)
def get(m, i, j):
    return m[i, j]


m = np.arange(6.0).reshape(2, 3)
print("corner", get(m, -1, -1), get(m, -2, -3), get(m, 1, 0))
print("after", get(m, 0, 3))
