# a @ b on operands whose inner dimensions differ raises ValueError at the
# line of the operator, in the words of NumPy's matmul.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_matmul_shape_mismatch.py:[[@LINE+9]]: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3){{$}}
# OUT: (2, 5)
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def product(a, b):
    c = a @ b
    return c.shape


print(product(np.ones((2, 3)), np.ones((3, 5))))
print("after", product(np.ones((2, 3)), np.ones((4, 5))))
