# math's functions take numbers: math.sqrt() of an array is an error (use
# np.sqrt). (Arrays of different ndims broadcast: see arrays/broadcasting.py.)
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_math_function_of_array.py:[[@LINE+10]]:19: error[E0102]: math.sqrt() needs a number, not array(float64, 1d, C)
# CHECK-NEXT: {{^ +}}[[@LINE+9]] |     u = math.sqrt(a){{$}}
# CHECK-NEXT: {{^ +}}|                   ^{{$}}
import math
import numpy as np
from numba import njit


@njit
def combine(a, m):
    u = math.sqrt(a)
    return u


combine(np.ones(3), np.ones((3, 3)))
