# Integer modulo by zero inside an @njit function: CPython's message, the line
# of the '%', output printed before the error kept, non-zero exit.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}zero_mod.py:[[@LINE+9]]: ZeroDivisionError: integer modulo by zero
# OUT: first 1
# OUT-NEXT: second 2
# OUT-NOT: after
from numba import njit


@njit
def wrap(i, n):
    r = i % n
    return r


print("first", wrap(7, 3))
print("second", wrap(-1, 3))
print("after", wrap(5, 0))
