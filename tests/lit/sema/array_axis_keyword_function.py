# axis= on NumPy's reduction functions (np.sum, np.median, np.amin) is
# reported once, at the keyword, like on the methods.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_axis_keyword_function.py:[[@LINE+15]]:19: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     s = np.sum(m, axis=0){{$}}
# CHECK-NEXT: {{^ +}}|                   ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_keyword_function.py:[[@LINE+13]]:22: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     t = np.median(m, axis=1){{$}}
# CHECK-NEXT: {{^ +}}|                      ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_keyword_function.py:[[@LINE+11]]:20: error[E0104]: axis= comes with array expressions; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+10]] |     u = np.amin(m, axis=0){{$}}
# CHECK-NEXT: {{^ +}}|                    ^~~~{{$}}
import numpy as np
from numba import njit


@njit
def reduce(m):
    s = np.sum(m, axis=0)
    t = np.median(m, axis=1)
    u = np.amin(m, axis=0)
    return s


reduce(np.ones((2, 3)))
