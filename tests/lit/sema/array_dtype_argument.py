# dtype= must name a supported dtype: a number, an unsupported NumPy type
# and an unknown string are each reported at the argument, as keyword or
# positional, in creation functions and astype().
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_dtype_argument.py:[[@LINE+18]]:27: error[E0108]: not a dtype: use np.float64, np.float32, np.int8..np.int64, np.uint8..np.uint64, np.bool_, float, int or bool
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     a = np.zeros(n, dtype=5){{$}}
# CHECK-NEXT: {{^ +}}|                           ^{{$}}
# CHECK-NEXT: {{.*}}array_dtype_argument.py:[[@LINE+16]]:21: error[E0108]: not a dtype: use np.float64, np.float32, np.int8..np.int64, np.uint8..np.uint64, np.bool_, float, int or bool
# CHECK-NEXT: {{^ +}}[[@LINE+15]] |     b = np.empty(n, np.float16){{$}}
# CHECK-NEXT: {{^ +}}|                     ^~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_dtype_argument.py:[[@LINE+14]]:26: error[E0108]: not a dtype: use np.float64, np.float32, np.int8..np.int64, np.uint8..np.uint64, np.bool_, float, int or bool
# CHECK-NEXT: {{^ +}}[[@LINE+13]] |     c = np.ones(n, dtype="complex128"){{$}}
# CHECK-NEXT: {{^ +}}|                          ^~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_dtype_argument.py:[[@LINE+12]]:28: error[E0108]: not a dtype: use np.float64, np.float32, np.int8..np.int64, np.uint8..np.uint64, np.bool_, float, int or bool
# CHECK-NEXT: {{^ +}}[[@LINE+11]] |     d = np.arange(n, dtype=n){{$}}
# CHECK-NEXT: {{^ +}}|                            ^{{$}}
import numpy as np
from numba import njit


@njit
def make(n):
    a = np.zeros(n, dtype=5)
    b = np.empty(n, np.float16)
    c = np.ones(n, dtype="complex128")
    d = np.arange(n, dtype=n)
    e = a.astype(np.str_)
    return a


make(3)
