# np.dot of two float32 vectors of different lengths (a product that would
# run on BLAS) raises ValueError in NumPy's words; the check comes first.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_dot_vectors_not_aligned.py:[[@LINE+10]]: ValueError: shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0){{$}}
# OUT: 3.0
# OUT-NEXT: 2
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def vectors(a, b):
    return np.dot(a, b)


print(vectors(np.ones(3, np.float32), np.ones(3, np.float32)))
print(np.ones(2, np.int64).dot(np.ones((2, 5), np.int64))[0])
print("after", vectors(np.ones(3, np.float32), np.ones(4, np.float32)))
