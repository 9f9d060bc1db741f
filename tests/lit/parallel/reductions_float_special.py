# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# min/max reductions over NaNs and signed zeros follow Python's min(x, e)
# and max(x, e) in serial order (a NaN element is skipped once the running
# value is a number; a NaN start stays; ties keep the earlier value) with
# any number of threads; float sums of inf and -inf.
import numpy as np
from numba import njit, prange


@njit
def mm(a, lo, hi):
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


a = np.arange(10_000) * 1.0
a[77] = np.nan
a[5000] = np.nan
print(mm(a, np.inf, -np.inf), mm(a, np.nan, np.nan), mm(a, 5.0, 6.0))
b = np.zeros(10_000)
b[::3] = -0.0
print(mm(b, np.inf, -np.inf), mm(b, 0.0, -0.0), mm(b, -0.0, 0.0))
c = np.full(10_000, np.nan)
print(mm(c, np.inf, -np.inf), mm(c[:0], np.inf, -np.inf))


@njit(parallel=True)
def total(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


d = np.zeros(10_000)
d[9_000] = np.inf
print(total(d), total(-d))
d[100] = -np.inf
print(total(d))
