# A boolean mask whose shape does not match the array's leading axes raises
# IndexError at the line of the subscript, naming the axis and both lengths
# (as NumPy; Numba reads past the mask). Reads and writes alike.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_mask_shape.py:[[@LINE+16]]: IndexError: boolean index did not match indexed array along dimension 0; dimension is 5 but corresponding boolean dimension is 4{{$}}
# OUT: [3 4]
# OUT-NEXT: [0 1 2 0 0]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def zero(a, mask):
    a[mask] = 0
    return a


@njit
def select(a, mask):
    return a[mask]


a = np.arange(5)
print(select(a, a > 2))
print(zero(a, a > 2))
print("after", select(a, np.arange(4) > 1))
