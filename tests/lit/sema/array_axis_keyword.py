# Reductions along an axis are not supported yet: axis= on the methods is
# reported at the keyword; an axis given by position is an argument count
# error.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_axis_keyword.py:[[@LINE+18]]:15: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     s = m.sum(axis=0){{$}}
# CHECK-NEXT: {{^ +}}|               ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_keyword.py:[[@LINE+16]]:15: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+15]] |     t = m.max(axis=1){{$}}
# CHECK-NEXT: {{^ +}}|               ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_keyword.py:[[@LINE+14]]:18: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+13]] |     u = m.argmin(axis=0){{$}}
# CHECK-NEXT: {{^ +}}|                  ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_keyword.py:[[@LINE+12]]:9: error[E0101]: array.mean() takes 0 positional arguments but 1 was given
# CHECK-NEXT: {{^ +}}[[@LINE+11]] |     v = m.mean(0){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def reduce(m):
    s = m.sum(axis=0)
    t = m.max(axis=1)
    u = m.argmin(axis=0)
    v = m.mean(0)
    return s


reduce(np.ones((2, 3)))
