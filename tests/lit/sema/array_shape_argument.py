# A shape is an int or a tuple of ints: a float, a tuple holding a float and
# a string are reported at the shape argument, in np.zeros/np.full and
# reshape (a float dimension in reshape(2, x) is reported at that dimension).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_shape_argument.py:[[@LINE+21]]:18: error[E0102]: a shape is an int or a tuple of ints, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     b = np.zeros(1.5){{$}}
# CHECK-NEXT: {{^ +}}|                  ^~~{{$}}
# CHECK-NEXT: {{.*}}array_shape_argument.py:[[@LINE+19]]:17: error[E0102]: a shape is an int or a tuple of ints, not (int64, float64)
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     c = np.ones((2, x)){{$}}
# CHECK-NEXT: {{^ +}}|                 ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_shape_argument.py:[[@LINE+17]]:17: error[E0102]: a shape is an int or a tuple of ints, not str
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     d = np.full("3", 0){{$}}
# CHECK-NEXT: {{^ +}}|                 ^~~{{$}}
# CHECK-NEXT: {{.*}}array_shape_argument.py:[[@LINE+15]]:22: error[E0102]: reshape() dimensions must be integers, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     e = a.reshape(2, x){{$}}
# CHECK-NEXT: {{^ +}}|                      ^{{$}}
# CHECK-NEXT: {{.*}}array_shape_argument.py:[[@LINE+13]]:23: error[E0102]: a shape is an int or a tuple of ints, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     f = np.reshape(a, 1.5){{$}}
# CHECK-NEXT: {{^ +}}|                       ^~~{{$}}
import numpy as np
from numba import njit


@njit
def make(a, x):
    b = np.zeros(1.5)
    c = np.ones((2, x))
    d = np.full("3", 0)
    e = a.reshape(2, x)
    f = np.reshape(a, 1.5)
    return a


make(np.arange(6), 3.0)
