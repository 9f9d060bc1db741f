# argmax() of an empty array (a 2-d array with no rows) raises ValueError with
# NumPy's message, at the line of the call.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_argmax_empty.py:[[@LINE+10]]: ValueError: attempt to get argmax of an empty sequence{{$}}
# OUT: largest at 5
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def largest_at(rows):
    m = np.arange(rows * 3).reshape(rows, 3)
    return np.argmax(m)


print("largest at", largest_at(2))
print("after", largest_at(0))
