# A module-level name bound to a new array is a variable, not a constant:
# functions cannot read it (they take arrays as arguments).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_module_variable.py:[[@LINE+8]]:5: error[E0107]: module variable 'A' is not a constant (it is assigned more than once, in a block, or from a call that may differ each time), so functions cannot read it{{$}}
import numpy as np
from numba import njit
A = np.zeros(3)


@njit
def f():
    A[0] = 1


f()
print(A)
