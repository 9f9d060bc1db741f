# Slice assignment broadcasts the value to the selection as NumPy does; a
# value whose shape does not broadcast raises ValueError naming both shapes,
# at the line of the store, and nothing is written.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_assign_broadcast.py:[[@LINE+11]]: ValueError: could not broadcast input array from shape (2,) into shape (2,3){{$}}
# OUT: {{\[\[}}0. 0. 0.]
# OUT-NEXT:  [0. 1. 2.]
# OUT-NEXT:  [0. 1. 2.]]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def fill(m, row):
    m[1:] = row


m = np.zeros((3, 3))
fill(m, np.arange(3.0))
print(m)
fill(m, np.arange(2.0))
print(m)
print("after")
