# np.dot on operands whose inner dimensions differ raises ValueError at the
# line of the call, naming both shapes and the dimensions, in NumPy's words.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_dot_shapes_not_aligned.py:[[@LINE+9]]: ValueError: shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0){{$}}
# OUT: [3. 3.]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def product(a, b):
    return np.dot(a, b)


print(product(np.ones((2, 3)), np.ones(3)))
print("after", product(np.ones((2, 3)), np.ones(4)))
