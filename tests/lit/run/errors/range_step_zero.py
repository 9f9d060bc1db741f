# range() with a step of zero raises ValueError with CPython's message, at the
# line of the range() call.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}range_step_zero.py:[[@LINE+9]]: ValueError: range() arg 3 must not be zero
# OUT: sum 12
# OUT-NOT: after
from numba import njit


@njit
def stepped_sum(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s += i
    return s


print("sum", stepped_sum(0, 7, 2))
print("after", stepped_sum(0, 7, 0))
