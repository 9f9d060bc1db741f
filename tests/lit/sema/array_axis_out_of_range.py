# A constant axis outside -ndim..ndim-1 is a compile-time error at the
# axis, for the methods and the functions, by keyword and by position (an
# axis known only at run time raises ValueError then:
# run/errors/array_axis_out_of_range.py).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_axis_out_of_range.py:[[@LINE+21]]:20: error[E0108]: axis 2 is out of bounds for array of dimension 2
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     s = m.sum(axis=2){{$}}
# CHECK-NEXT: {{^ +}}|                    ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_out_of_range.py:[[@LINE+19]]:22: error[E0108]: axis -3 is out of bounds for array of dimension 2
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     t = np.argmax(m, -3){{$}}
# CHECK-NEXT: {{^ +}}|                      ^~{{$}}
# CHECK-NEXT: {{.*}}array_axis_out_of_range.py:[[@LINE+17]]:20: error[E0108]: axis 5 is out of bounds for array of dimension 2
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     u = np.mean(m, 5){{$}}
# CHECK-NEXT: {{^ +}}|                    ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_out_of_range.py:[[@LINE+15]]:20: error[E0108]: axis 1 is out of bounds for array of dimension 1
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     w = v.max(axis=1){{$}}
# CHECK-NEXT: {{^ +}}|                    ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_out_of_range.py:[[@LINE+13]]:18: error[E0108]: axis -2 is out of bounds for array of dimension 1
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     x = v.argmin(-2){{$}}
# CHECK-NEXT: {{^ +}}|                  ^~{{$}}
import numpy as np
from numba import njit


@njit
def reduce(m, v):
    s = m.sum(axis=2)
    t = np.argmax(m, -3)
    u = np.mean(m, 5)
    w = v.max(axis=1)
    x = v.argmin(-2)
    ok = m.min(axis=-2) + np.var(m, 1) + v.sum(axis=-1)
    return s


reduce(np.ones((2, 3)), np.ones(4))
