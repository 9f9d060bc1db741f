# Decorators other than njit/jit are rejected, for every function, called
# or not, whether the name is undefined or comes from numba.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unknown_decorator.py:[[@LINE+9]]:2: error[E0104]: decorator 'vectorize' is not supported: use @njit or @jit from numba
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | @vectorize{{$}}
# CHECK-NEXT: {{^ +}}|  ^~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}unknown_decorator.py:[[@LINE+11]]:2: error[E0104]: decorator 'numba.vectorize' is not supported: use @njit or @jit from numba
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | @numba.vectorize{{$}}
# CHECK-NEXT: {{^ +}}|  ^~~~~~~~~~~~~~~{{$}}
import numba


@vectorize
def f(x):
    return x


@numba.vectorize
def g(x):
    return x


print(1)
