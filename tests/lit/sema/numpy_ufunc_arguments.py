# NumPy's ufuncs and np.where/np.clip check their arguments: the count,
# numbers or arrays only, np.where's three-argument form only, and a bound
# for np.clip.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}numpy_ufunc_arguments.py:[[@LINE+21]]:9: error[E0104]: np.where(condition) with one argument is not supported; use np.where(condition, x, y)
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     w = np.where(a > 0){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}numpy_ufunc_arguments.py:[[@LINE+19]]:9: error[E0102]: np.clip() needs a lower or an upper bound (both are None)
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     c = np.clip(a, None, None){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}numpy_ufunc_arguments.py:[[@LINE+17]]:9: error[E0101]: np.maximum() takes 2 arguments but 1 was given
# CHECK-NEXT: {{^ +}}[[@LINE+16]] |     m = np.maximum(a){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}numpy_ufunc_arguments.py:[[@LINE+15]]:9: error[E0101]: np.sign() takes 1 argument but 2 were given
# CHECK-NEXT: {{^ +}}[[@LINE+14]] |     s = np.sign(a, a){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}numpy_ufunc_arguments.py:[[@LINE+13]]:19: error[E0102]: np.square() needs numbers or arrays, not (int64, int64)
# CHECK-NEXT: {{^ +}}[[@LINE+12]] |     t = np.square((1, 2)){{$}}
# CHECK-NEXT: {{^ +}}|                   ^~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def bad(a):
    w = np.where(a > 0)
    c = np.clip(a, None, None)
    m = np.maximum(a)
    s = np.sign(a, a)
    t = np.square((1, 2))
    return a


bad(np.arange(3))
