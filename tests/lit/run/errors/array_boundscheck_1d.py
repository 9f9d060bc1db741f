# @njit(boundscheck=True): an index past the end of a 1-d array raises
# IndexError naming the index, the axis and the size, at the line of the
# subscript. In-range negative indices are fine, with and without
# boundscheck.
# RUN: not %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# CHECK: {{.*}}array_boundscheck_1d.py:[[@LINE+15]]: IndexError: index 5 is out of bounds for axis 0 with size 5{{$}}
# OUT: checked 40 0 30
# OUT-NEXT: unchecked 40 0 30
# OUT-NOT: after
import numpy as np
from numba import njit


@njit
def get_unchecked(a, k):
    return a[k]


@njit(boundscheck=True)
def get(a, i):
    return a[i]


a = np.arange(5) * 10
print("checked", get(a, -1), get(a, -5), get(a, 3))
print("unchecked", get_unchecked(a, -1), get_unchecked(a, -5), get_unchecked(a, 3))
print("after", get(a, 5))
