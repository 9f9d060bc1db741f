# reshape() to a shape with another number of elements raises ValueError at
# the line of the call.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_reshape_wrong_size.py:[[@LINE+9]]: ValueError: cannot reshape array{{.*}}
# OUT: (3, 2)
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def rows_of(a, n):
    return a.reshape(n, 2)


a = np.ones(6)
print(rows_of(a, 3).shape)
print("after", rows_of(a, 4))
