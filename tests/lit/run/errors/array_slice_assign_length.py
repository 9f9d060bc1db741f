# a[:] = b and a[i:j] = b with b of another length raise ValueError at the
# line of the store; nothing is written.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_slice_assign_length.py:[[@LINE+9]]: ValueError: could not broadcast the input array into the selection{{.*}}
# OUT: [0. 1. 1. 0. 0.]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def fill(a, start, stop, b):
    a[start:stop] = b


a = np.zeros(5)
fill(a, 1, 3, np.ones(2))
print(a)
fill(a, 1, 4, np.ones(2))
print("after", a)
