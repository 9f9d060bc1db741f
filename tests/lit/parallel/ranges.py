# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# prange(stop), prange(start, stop) and prange(start, stop, step) with
# positive and negative steps, empty ranges, non-multiple trip counts and
# ranges big enough for several chunks per thread: every iteration runs
# exactly once, whatever the number of threads.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def fill_stop(n):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(n):
        out[i] = i * i + 1
    return out


@njit(parallel=True)
def fill_start_stop(n, start, stop):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(start, stop):
        out[i] += 3 * i
    return out


@njit
def fill_step(n, start, stop, step):
    # a variable step: plain @njit (Numba's parallel=True wants a constant
    # step); parc runs prange in parallel either way
    out = np.zeros(n, dtype=np.int64)
    for i in prange(start, stop, step):
        out[i] += i + 100
    return out


@njit
def fill_step_serial_njit(n, start, stop, step):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(start, stop, step):
        out[i] += 1
    return out


@njit
def count_hits(n, start, stop, step):
    # every index is hit exactly once: the result is 0/1 per element
    hits = np.zeros(n, dtype=np.int64)
    for i in prange(start, stop, step):
        hits[i] += 1
    return hits


@njit
def constant_steps(n):
    # constant steps other than 1 (Numba 0.56's parallel=True takes only 1)
    out = np.zeros(n, dtype=np.int64)
    for i in prange(1, n, 3):
        out[i] += 1
    for i in prange(n - 1, -1, -2):
        out[i] += 10
    for i in prange(n - 2, 0, -5):
        out[i] += 100
    for i in prange(n, 0, 1):
        out[i] += 1000
    return out


@njit(parallel=True)
def negative_bounds(n):
    # start and stop themselves negative: stores go through an offset
    out = np.zeros(n, dtype=np.int64)
    for i in prange(-n, 0):
        out[i + n] = i
    return out


@njit(parallel=True)
def int32_bounds(lo, m):
    out = np.zeros(8, dtype=np.int64)
    for i in prange(lo, m):
        out[i] = 7
    return out


print(fill_stop(10))
print(fill_stop(0))
print(fill_stop(1))
print(fill_start_stop(10, 3, 10))
print(fill_start_stop(10, 4, 4))
print(fill_start_stop(10, 8, 2))
print(fill_step(12, 1, 12, 3))
print(fill_step(12, 0, 12, 5))
print(fill_step(12, 11, -1, -2))
print(fill_step(12, 10, 0, -3))
print(fill_step(12, 2, 9, -1))
print(fill_step(12, 9, 2, 1))
print(fill_step(12, 5, 6, 100))
print(fill_step(12, 5, 4, -100))
print(fill_step_serial_njit(10, 9, -1, -4))
print(constant_steps(14))
print(constant_steps(0))
print(fill_step_serial_njit(10, 0, 10, 1))
print(negative_bounds(6))
print(int32_bounds(np.int32(1), np.int32(6)))

# Large ranges: several chunks per thread with 7 threads.
@njit
def trip_count(start, stop, step):
    k = 0
    for i in range(start, stop, step):
        k += 1
    return k


@njit
def check_hits(n, start, stop, step):
    h = count_hits(n, start, stop, step)
    print(n, start, stop, step, h.sum(), h.sum() == trip_count(start, stop, step), h.max() <= 1)


check_hits(10_000, 0, 10_000, 1)
check_hits(10_007, 3, 10_007, 7)
check_hits(10_000, 9_999, -1, -1)
check_hits(10_000, 9_998, 5, -13)
check_hits(100_003, 17, 100_000, 2)
big = fill_stop(20_000)
print(big[0], big[9_999], big[19_999], big.sum())
