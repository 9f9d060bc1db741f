# A slice with a step of zero raises ValueError with CPython's message, at the
# line of the subscript.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_slice_step_zero.py:[[@LINE+9]]: ValueError: slice step cannot be zero{{$}}
# OUT: [4 2 0]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def every(a, step):
    return a[::step]


a = np.arange(5)
print(every(a, -2))
print("after", every(a, 0))
