# a.dot(b) of a vector and a matrix of ints (a generated loop) checks the
# shapes as np.dot does: b's first dimension is the inner one.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# CHECK: {{.*}}array_dot_vector_matrix_not_aligned.py:[[@LINE+5]]: ValueError: shapes (3,) and (2,5) not aligned: 3 (dim 0) != 2 (dim 0){{$}}
import numpy as np

v = np.arange(3)
m = np.ones((2, 5), np.int64)
print(v.dot(m))
