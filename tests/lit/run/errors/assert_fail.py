# A failing assert without a message: 'AssertionError' alone, with the line of
# the assert; an assert that passes first does nothing.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}assert_fail.py:[[@LINE+8]]: AssertionError{{$}}
# OUT: checked 5
# OUT-NOT: after
from numba import njit


@njit
def check_positive(x):
    assert x > 0
    return x


print("checked", check_positive(5))
print("after", check_positive(-5))
