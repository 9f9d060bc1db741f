# What reductions do not take: several axes at once, an axis that is not
# an int, np.median and np.cumsum along an axis, NumPy's other keywords
# (dtype=, ddof=, out=), and the axis given twice.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_axis_unsupported.py:[[@LINE+33]]:20: error[E0104]: array.min() along several axes (a tuple) is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+32]] |     x = m.min(axis=(0, 1)){{$}}
# CHECK-NEXT: {{^ +}}|                    ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+31]]:20: error[E0102]: axis must be an integer, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+30]] |     y = m.std(axis=1.0){{$}}
# CHECK-NEXT: {{^ +}}|                    ^~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+29]]:27: error[E0104]: np.median() along an axis is not supported; reduce the whole array
# CHECK-NEXT: {{^ +}}[[@LINE+28]] |     z = np.median(m, axis=0){{$}}
# CHECK-NEXT: {{^ +}}|                           ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+27]]:27: error[E0104]: np.cumsum() along an axis is not supported; it runs over the flattened array
# CHECK-NEXT: {{^ +}}[[@LINE+26]] |     c = np.cumsum(m, axis=0){{$}}
# CHECK-NEXT: {{^ +}}|                           ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+25]]:19: error[E0104]: array.cumprod() along an axis is not supported; it runs over the flattened array
# CHECK-NEXT: {{^ +}}[[@LINE+24]] |     d = m.cumprod(1){{$}}
# CHECK-NEXT: {{^ +}}|                   ^{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+23]]:23: error[E0104]: array.sum() with dtype= is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+22]] |     e = m.sum(axis=0, dtype=np.float32){{$}}
# CHECK-NEXT: {{^ +}}|                       ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+21]]:15: error[E0104]: array.var() with ddof= is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     f = m.var(ddof=1){{$}}
# CHECK-NEXT: {{^ +}}|               ^~~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+19]]:19: error[E0104]: np.max() with out= is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     g = np.max(m, out=m){{$}}
# CHECK-NEXT: {{^ +}}|                   ^~~{{$}}
# CHECK-NEXT: {{.*}}array_axis_unsupported.py:[[@LINE+17]]:9: error[E0108]: np.sum() got multiple values for argument 'axis'
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     h = np.sum(m, 0, axis=1){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def reduce(m):
    x = m.min(axis=(0, 1))
    y = m.std(axis=1.0)
    z = np.median(m, axis=0)
    c = np.cumsum(m, axis=0)
    d = m.cumprod(1)
    e = m.sum(axis=0, dtype=np.float32)
    f = m.var(ddof=1)
    g = np.max(m, out=m)
    h = np.sum(m, 0, axis=1)
    ok = m.sum(axis=None) + np.argmin(m, None)
    return x


reduce(np.ones((2, 3)))
