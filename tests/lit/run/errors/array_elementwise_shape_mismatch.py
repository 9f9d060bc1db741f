# Element-wise operations on arrays whose shapes do not broadcast raise
# ValueError at the line of the operation, naming the shapes (as NumPy).
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_elementwise_shape_mismatch.py:[[@LINE+10]]: ValueError: operands could not be broadcast together with shapes (2,3) (3,2){{$}}
# OUT: {{\[\[}}2. 2. 2.]
# OUT-NEXT:  [2. 2. 2.]]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def add(a, b):
    return a + b


print(add(np.ones((2, 3)), np.ones((2, 3))))
print("after", add(np.ones((2, 3)), np.ones((3, 2))))
