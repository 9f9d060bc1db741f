# --boundscheck checks every index, module-level code included: a row index
# past the end of m[i] and a column of m[:, j] outside the array.
# RUN: not %parc run --boundscheck %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_boundscheck_views.py:[[@LINE+7]]: IndexError: index -4 is out of bounds for axis 1 with size 3{{$}}
# OUT: [2 5]
# OUT-NOT: after
import numpy as np

m = np.arange(6).reshape(2, 3)
print(m[:, -1])
print(m[:, -4])
print("after")
