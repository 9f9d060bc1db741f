# A failing assert with a message: 'AssertionError: <message>', with the line
# of the assert.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}assert_msg.py:[[@LINE+8]]: AssertionError: n must be even{{$}}
# OUT: half of 10 is 5
# OUT-NOT: after
from numba import njit


@njit
def half(n):
    assert n % 2 == 0, "n must be even"
    return n // 2


print("half of 10 is", half(10))
print("after", half(7))
