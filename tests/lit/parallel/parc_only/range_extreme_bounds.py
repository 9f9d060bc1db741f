# parc bug: a serial range() loop whose bounds are near the int64 limits
# runs too few iterations (the trip count computation overflows): below,
# parc prints "range 4 4 3 1 2 2" where Python (and parc's own prange loops,
# see extreme_bounds.py) give "4 4 4 2 3 3". Remove the XFAIL line when
# this is fixed. Not a differential test: Numba 0.56 gets some of these
# wrong too.
# RUN: %parc run %s | FileCheck %s
# CHECK: range 4 4 4 2 3 3{{$}}
# CHECK-NEXT: prange 4 4 4 2 3 3{{$}}
from numba import njit, prange


@njit
def rcount(start, stop, step):
    s = 0
    for i in range(start, stop, step):
        s += 1
    return s


@njit
def pcount(start, stop, step):
    s = 0
    for i in prange(start, stop, step):
        s += 1
    return s


M = 9223372036854775807
print("range", rcount(-2**62, 2**62, 2**61), rcount(2**62, -2**62, -2**61),
      rcount(-M, M, 2**62), rcount(0, M, 2**62), rcount(M, -M - 1, -M), rcount(-M - 1, M, M))
print("prange", pcount(-2**62, 2**62, 2**61), pcount(2**62, -2**62, -2**61),
      pcount(-M, M, 2**62), pcount(0, M, 2**62), pcount(M, -M - 1, -M), pcount(-M - 1, M, M))
