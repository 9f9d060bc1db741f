# Integer floor division by zero inside an @njit function: parc reports
# CPython's ZeroDivisionError message with the file and line of the '//', exits
# non-zero, and keeps what was printed before. Not a differential test: Numba
# words this error differently ("integer division by zero").
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}zero_div.py:[[@LINE+8]]: ZeroDivisionError: integer division or modulo by zero
# OUT: before 3
# OUT-NOT: after
from numba import njit


@njit
def halve(a, b):
    return a // b


print("before", halve(7, 2))
print("after", halve(7, 0))
