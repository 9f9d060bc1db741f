# prange bounds and steps near the int64 limits, where stop - start (or
# stop - start + step) overflows int64: the trip count and the values are
# Python's, with any number of threads (serial range(): see
# range_extreme_bounds.py). Not a differential test:
# Numba 0.56 computes some of these trip counts as 0.
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s | FileCheck %s
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s | FileCheck %s
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s | FileCheck %s
# CHECK: prange 4 4 4 2 3 3{{$}}
# CHECK-NEXT: firsts -4611686018427387904 4611686018427387904 -9223372036854775807{{$}}
# CHECK-NEXT: lasts 2305843009213693952 -2305843009213693952 4611686018427387905{{$}}
from numba import njit, prange


@njit
def pcount(start, stop, step):
    s = 0
    for i in prange(start, stop, step):
        s += 1
    return s


@njit
def first_last(start, stop, step):
    lo = 9223372036854775807
    hi = -9223372036854775807 - 1
    for i in prange(start, stop, step):
        lo = min(lo, i)
        hi = max(hi, i)
    if step > 0:
        return lo, hi
    return hi, lo


M = 9223372036854775807
print("prange", pcount(-2**62, 2**62, 2**61), pcount(2**62, -2**62, -2**61),
      pcount(-M, M, 2**62), pcount(0, M, 2**62), pcount(M, -M - 1, -M), pcount(-M - 1, M, M))
a1, b1 = first_last(-2**62, 2**62, 2**61)
a2, b2 = first_last(2**62, -2**62, -2**61)
a3, b3 = first_last(-M, M, 2**62)
print("firsts", a1, a2, a3)
print("lasts", b1, b2, b3)
