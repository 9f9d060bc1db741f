# Decorator options take literals: True/False, or a string for error_model.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}decorator_option_values.py:[[@LINE+4]]:16: error[E0108]: option 'parallel' takes True or False
# CHECK: {{.*}}decorator_option_values.py:[[@LINE+3]]:49: error[E0108]: option 'error_model' takes a string literal
from numba import njit
fast = True
@njit(parallel=fast, fastmath=True, error_model=1)
def f(x):
    return x


print(f(1))
