# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Whole-array reductions: 'acc += e' (and 'acc -= e') on an array defined
# before the loop, where e is a row, a scaled row or a slice; int and float,
# conditional, with an initial value that is not zero, next to a scalar
# reduction, 2-d accumulators, a float accumulator with int or bool rows, and
# a scalar added to a whole array.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def column_sums(m):
    acc = np.zeros(m.shape[1])
    for i in prange(m.shape[0]):
        acc += m[i]
    return acc


@njit(parallel=True)
def column_sums_int(m):
    acc = np.zeros(m.shape[1], dtype=np.int64)
    for i in prange(m.shape[0]):
        row = m[i]
        acc += row * 2
    return acc


@njit
def from_ones_minus(m):
    acc = np.ones(m.shape[1]) * 1000.0
    for i in prange(m.shape[0]):
        acc -= m[i]
    return acc


@njit
def conditional_rows(m):
    evens = np.zeros(m.shape[1], dtype=np.int64)
    odds = np.zeros(m.shape[1], dtype=np.int64)
    n = 0
    for i in prange(m.shape[0]):
        if i % 2 == 0:
            evens += m[i]
        else:
            odds += m[i]
            n += 1
    return evens, odds, n


@njit
def histogram_rows(labels, k):
    # each iteration builds a private one-hot row and adds it
    counts = np.zeros(k, dtype=np.int64)
    for i in prange(labels.shape[0]):
        onehot = np.zeros(k, dtype=np.int64)
        onehot[labels[i]] = 1
        counts += onehot
    return counts


@njit
def plane_sums(cube):
    acc = np.zeros((cube.shape[1], cube.shape[2]))
    for i in prange(cube.shape[0]):
        acc += cube[i]
    return acc


@njit
def slices(a, w):
    acc = np.zeros(w, dtype=np.int64)
    for i in prange(a.shape[0] // w):
        acc += a[i * w:(i + 1) * w]
    return acc


@njit
def mixed_dtypes(m, n):
    # float accumulator, int rows; a scalar added to the whole array; bools
    acc = np.zeros(m.shape[1])
    flat = np.zeros(3)
    big = np.zeros(m.shape[1], dtype=np.int64)
    for i in prange(m.shape[0]):
        acc += m[i]
        big += m[i] > 5
    for i in prange(n):
        flat += i % 4
    return acc, flat, big


@njit
def into_parameter(acc, m):
    # the caller's array is the accumulator
    for i in prange(m.shape[0]):
        acc += m[i]


m = np.arange(12).reshape(4, 3)
print(column_sums(m * 0.5), column_sums_int(m), from_ones_minus(m * 1.0))
e, o, k = conditional_rows(m)
print(e, o, k)
print(histogram_rows(np.arange(10) % 3, 4))
print(plane_sums(np.arange(24.0).reshape(2, 3, 4)))
print(slices(np.arange(12), 4))
print(column_sums(np.zeros((0, 3))), from_ones_minus(np.zeros((0, 2))))
acc, flat, over5 = mixed_dtypes(m, 10)
print(acc, flat, over5)
ones = np.ones(3)
into_parameter(ones, m * 1.0)
print(ones)

# Large: several chunks per thread with 7 threads.
big = np.arange(30_000).reshape(10_000, 3)
print(column_sums(big * 0.25), column_sums_int(big), from_ones_minus(big * 1.0))
e, o, k = conditional_rows(big)
print(e, o, k)
print(histogram_rows((np.arange(10_001) * 7) % 5, 5))
print(plane_sums(np.arange(40_000.0).reshape(10_000, 2, 2)))
print(slices(np.arange(40_000), 8))
into_parameter(ones, big * 0.5)
print(ones)
acc, flat, over5 = mixed_dtypes(np.arange(30_000).reshape(10_000, 3), 10_001)
print(acc, flat, over5)
