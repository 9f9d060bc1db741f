# Writing a float array into an int array (or any non-bool array into a bool
# one) is a compile error that asks for .astype(); whole-array and sub-range
# slice stores, and an array expression as the value. A float scalar into an
# int array truncates (as in NumPy) and is not an error.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_store_float_into_int.py:[[@LINE+15]]:5: error[E0102]: cannot write a float64 array into {{an?}} int64 array; convert it with .astype()
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     i[:] = f{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_float_into_int.py:[[@LINE+13]]:5: error[E0102]: cannot write a float64 array into {{an?}} int64 array; convert it with .astype()
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     i[1:3] = f * 2.0{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_store_float_into_int.py:[[@LINE+12]]:5: error[E0102]: cannot write {{an?}} int64 array into a bool array; convert it with .astype()
# CHECK-NEXT: {{^ +}}[[@LINE+11]] |     b[:] = i{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def store(i, f, b):
    i[:] = f
    i[1:3] = f * 2.0
    i[0] = 2.5
    b[:] = i
    b[:] = f > 0.0
    return i


store(np.arange(4), np.ones(4), np.zeros(4, dtype=np.bool_))
