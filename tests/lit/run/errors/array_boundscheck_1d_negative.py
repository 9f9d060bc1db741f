# @njit(boundscheck=True): a negative index below -len in a store raises
# IndexError with the index as written (-6, not the wrapped -1), at the line
# of the store. The store is not done and the script stops there.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_boundscheck_1d_negative.py:[[@LINE+9]]: IndexError: index -6 is out of bounds for axis 0 with size 5{{$}}
# OUT: [0. 0. 0. 0. 7.]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit(boundscheck=True)
def put(a, i, v):
    a[i] = v


a = np.zeros(5)
put(a, -1, 7.0)
print(a)
put(a, -6, 9.0)
print("after", a)
