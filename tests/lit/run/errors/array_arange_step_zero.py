# np.arange() with a step of zero raises ValueError at the line of the call.
# (The message is left unchecked: it is Numba's "Maximum allowed size
# exceeded", which does not say what is wrong.)
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_arange_step_zero.py:[[@LINE+9]]: ValueError: {{.+}}
# OUT: [0.  0.5 1.  1.5]
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def ramp(stop, step):
    return np.arange(0.0, stop, step)


print(ramp(2.0, 0.5))
print("after", ramp(2.0, 0.0))
