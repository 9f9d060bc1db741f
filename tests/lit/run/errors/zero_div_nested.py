# A ZeroDivisionError raised two calls deep is reported at the line of the
# failing '//' in the innermost function, not at the call sites; prints made
# inside compiled functions before the error are kept.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}zero_div_nested.py:[[@LINE+9]]: ZeroDivisionError: integer division or modulo by zero
# OUT: mean of 10 over 4 = 2
# OUT-NEXT: computing 3 0
# OUT-NOT: after
from numba import njit


@njit
def mean(total, count):
    return total // count


@njit
def report(total, count):
    print("computing", total, count)
    return mean(total, count)


print("mean of 10 over 4 =", mean(10, 4))
print("after", report(3, 0))
