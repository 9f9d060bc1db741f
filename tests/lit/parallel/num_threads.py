# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# numba.set_num_threads / get_num_threads, at module level and inside a
# function: a loop gives the same result with any number of threads. Only
# thread counts that are the same in every run are printed (Numba's and
# parc's defaults differ).
import numba
import numpy as np
from numba import get_num_threads, njit, prange, set_num_threads


@njit(parallel=True)
def total(n):
    s = 0
    for i in prange(n):
        s += i * (i % 5)
    return s


@njit
def one_thread_total(n):
    before = get_num_threads()
    set_num_threads(1)
    s = total(n)
    ok = get_num_threads() == 1
    set_num_threads(before)
    return s, ok, get_num_threads() == before


default = numba.get_num_threads()
print(default >= 1)
reference = total(10_000)
print(reference)
numba.set_num_threads(1)
print(numba.get_num_threads() == 1, get_num_threads())
print(total(10_000) == reference)
squares = np.zeros(12, dtype=np.int64)
for i in prange(12):
    squares[i] = i * i
print(squares)
set_num_threads(default)
print(get_num_threads() == default, total(10_000) == reference)
print(one_thread_total(10_000))
print(get_num_threads() == default)
