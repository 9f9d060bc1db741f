# @njit(boundscheck=True) on a 2-d array: a negative row index below -rows in
# an augmented store raises IndexError for axis 0; so does a row taken with
# m[i] (a row view) and a column taken with m[:, j].
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_boundscheck_2d_negative.py:[[@LINE+16]]: IndexError: index -3 is out of bounds for axis 0 with size 2{{$}}
# OUT: [3. 4. 5.] [2. 5.]
# OUT-NEXT: {{\[\[}}1. 0. 0.]
# OUT-NEXT:  [0. 0. 0.]]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit(boundscheck=True)
def parts(m, i, j):
    print(m[i], m[:, j])


@njit(boundscheck=True)
def bump(m, i, j):
    m[i, j] += 1.0


parts(np.arange(6.0).reshape(2, 3), -1, 2)
m = np.zeros((2, 3))
bump(m, -2, -3)
print(m)
bump(m, -3, 0)
print("after")
