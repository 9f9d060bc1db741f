# An explicit Numba signature is accepted with a warning (parc specialises on
# the argument types of each call instead) and the script still runs.
# RUN: %parc check %s 2>&1 | FileCheck --strict-whitespace %s
# RUN: %parc run %s 2> /dev/null | FileCheck --check-prefix=OUT %s
# CHECK: {{.*}}decorator_signature_ignored.py:[[@LINE+4]]:7: warning[E0108]: parc ignores explicit signatures: each function is specialised for the argument types it is called with
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | @njit("float64(float64)"){{$}}
# OUT: 3
from numba import njit
@njit("float64(float64)")
def twice(x):
    return x + x


print(twice(1) + 1)
