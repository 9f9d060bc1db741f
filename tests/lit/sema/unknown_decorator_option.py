# Options njit/jit do not take, at the keyword; each is reported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unknown_decorator_option.py:[[@LINE+13]]:7: error[E0108]: unknown option 'paralel' for @njit
# CHECK-NEXT: {{^ +}}[[@LINE+12]] | @njit(paralel=True){{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~~~{{$}}
# CHECK-NEXT: {{.*}}unknown_decorator_option.py:[[@LINE+15]]:28: error[E0108]: unknown option 'fastmth' for @numba.njit
# CHECK-NEXT: {{^ +}}[[@LINE+14]] | @numba.njit(parallel=True, fastmth=True){{$}}
# CHECK-NEXT: {{^ +}}|                            ^~~~~~~{{$}}
# CHECK-NEXT: {{.*}}unknown_decorator_option.py:[[@LINE+17]]:21: error[E0108]: unknown option 'foo' for @jit
# CHECK-NEXT: {{^ +}}[[@LINE+16]] | @jit(nopython=True, foo=1){{$}}
# CHECK-NEXT: {{^ +}}|                     ^~~{{$}}
import numba
from numba import njit, jit


@njit(paralel=True)
def f(x):
    return x


@numba.njit(parallel=True, fastmth=True)
def g(x):
    return x


@jit(nopython=True, foo=1)
def h(x):
    return x


print(f(1), g(1), h(1))
