# Unknown array attributes and methods, in a function and at module level;
# attributes list the supported ones.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_unknown_attribute.py:[[@LINE+24]]:11: error[E0104]: array has no attribute 'dtype' (supported: shape, size, ndim, itemsize, T)
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |     x = a.dtype{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_unknown_attribute.py:[[@LINE+22]]:11: error[E0104]: array has no attribute 'strides' (supported: shape, size, ndim, itemsize, T)
# CHECK-NEXT: {{^ +}}[[@LINE+21]] |     y = a.strides{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_unknown_attribute.py:[[@LINE+20]]:9: error[E0104]: array has no method 'byteswap'
# CHECK-NEXT: {{^ +}}[[@LINE+19]] |     z = a.byteswap(){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_unknown_attribute.py:[[@LINE+18]]:12: error[E0104]: array has no method 'tolist'
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     return a.tolist(){{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_unknown_attribute.py:[[@LINE+20]]:9: error[E0104]: array has no attribute 'flat' (supported: shape, size, ndim, itemsize, T)
# CHECK-NEXT: {{^ +}}[[@LINE+19]] | print(m.flat){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_unknown_attribute.py:[[@LINE+18]]:7: error[E0104]: array has no method 'tofile'
# CHECK-NEXT: {{^ +}}[[@LINE+17]] | print(m.tofile(m)){{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def props(a):
    x = a.dtype
    y = a.strides
    z = a.byteswap()
    return a.tolist()


props(np.ones(3))
m = np.ones((2, 2))
print(m.flat)
print(m.tofile(m))
