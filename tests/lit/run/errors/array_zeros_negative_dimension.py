# np.zeros() with a negative dimension raises ValueError with NumPy's message,
# at the line of the call; a zero dimension is fine (an empty array).
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_zeros_negative_dimension.py:[[@LINE+9]]: ValueError: negative dimensions are not allowed{{$}}
# OUT: empty [] (0, 3)
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def grid(rows, cols):
    return np.zeros((rows, cols))


print("empty", grid(0, 3).ravel(), grid(0, 3).shape)
print("after", grid(2, -1))
