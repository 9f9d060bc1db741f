# a[:] = b and a[i:j] = b with b of another length (not 1) raise ValueError
# at the line of the store, naming both shapes; nothing is written.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_slice_assign_length.py:[[@LINE+9]]: ValueError: could not broadcast input array from shape (2,) into shape (3,){{$}}
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
