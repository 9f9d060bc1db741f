# Module-level code stops at the first array error, with the line of the
# statement: here element-wise arithmetic on 1-d arrays of different lengths.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_module_level_value_errors.py:[[@LINE+8]]: ValueError: operands could not be broadcast together{{.*}}
# OUT: [2. 2. 2.]
# OUT-NOT: after
import numpy as np

a = np.ones(3)
b = np.ones(4)
print(a + a)
c = a * b
print("after", c)
