# A 2-d mask on a 2-d array must match both axes: the first axis that
# differs is named, in module-level code as in functions.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_mask_shape_2d.py:[[@LINE+7]]: IndexError: boolean index did not match indexed array along dimension 1; dimension is 4 but corresponding boolean dimension is 3{{$}}
# OUT: [0 3 6 9]
# OUT-NOT: after
import numpy as np

g = np.arange(12).reshape(3, 4) * 1
print(g[g % 3 == 0])
g[np.ones((3, 3)) > 0] = 1
print("after", g)
