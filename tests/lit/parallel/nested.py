# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Nested prange loops: perfectly nested ones (2 and 3 deep, with non-zero
# starts and steps, with reductions) are collapsed into one iteration space;
# a prange that is not perfectly nested, one whose bounds depend on the outer
# variable, and one inside a function called from a prange body run serially
# in their thread. Each element is written by exactly one iteration.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def collapse2(n, m):
    out = np.zeros((n, m), dtype=np.int64)
    for i in prange(n):
        for j in prange(m):
            out[i, j] = i * 100 + j
    return out


@njit
def collapse2_steps(n, m):
    hits = np.zeros((n, m), dtype=np.int64)
    for i in prange(1, n, 2):
        for j in prange(m - 1, 0, -3):
            hits[i, j] += i * 1000 + j
    return hits


@njit
def collapse3(a, b, c):
    out = np.zeros((a, b, c), dtype=np.int64)
    for i in prange(a):
        for j in prange(1, b):
            for k in prange(c - 1, -1, -2):
                out[i, j, k] = i * 10000 + j * 100 + k
    return out


@njit
def collapse3_reduce(a, b, c):
    s = 0
    hi = -1
    acc = 0.0
    for i in prange(2, a):
        for j in prange(b):
            for k in prange(0, c, 3):
                s += i * j + k
                hi = max(hi, i + j + k)
                acc += 0.5
    return s, hi, acc


@njit
def collapse_empty(n):
    s = 5
    for i in prange(n):
        for j in prange(3, 3):
            s += 1
    for i in prange(4, 4):
        for j in prange(n):
            s += 1
    return s


@njit
def not_perfect(n, m):
    # statements around the inner prange: it runs serially per outer iteration
    out = np.zeros((n, m), dtype=np.int64)
    for i in prange(n):
        base = i * 1000
        for j in prange(m):
            out[i, j] = base + j
        out[i, 0] = -out[i, 0] - 1
    return out


@njit
def not_perfect_reduce(n, m):
    total = 0
    for i in prange(n):
        row = 0
        for j in prange(m):
            row += i + j
        total += row
    return total


@njit
def triangular(n):
    # the inner range depends on i: not collapsed
    out = np.zeros((n, n), dtype=np.int64)
    for i in prange(n):
        for j in prange(i + 1):
            out[i, j] = 1 + j
    return out


@njit(parallel=True)
def inner_sum(row):
    s = 0.0
    for j in prange(row.shape[0]):
        s += row[j]
    return s


@njit(parallel=True)
def calls_parallel_function(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        out[i] = inner_sum(m[i])
    return out


print(collapse2(3, 4))
print(collapse2_steps(5, 8))
print(collapse3(2, 3, 4))
print(collapse3_reduce(4, 3, 7), collapse3_reduce(2, 3, 7), collapse_empty(6))
print(not_perfect(3, 4))
print(not_perfect_reduce(5, 6))
print(triangular(5))
print(calls_parallel_function(np.arange(12.0).reshape(3, 4)))

# A prange at module level, with a reduction and a private temporary.
total = 0
squares = np.zeros(20, dtype=np.int64)
for i in prange(20):
    sq = i * i
    squares[i] = sq
    total += sq
print(total, squares)
grid = np.zeros((4, 5), dtype=np.int64)
for i in prange(4):
    for j in prange(5):
        grid[i, j] = i - j
print(grid)

# Large: several chunks per thread with 7 threads.
c2 = collapse2(101, 103)
print(c2.sum(), c2[100, 102])
h = collapse2_steps(1001, 1003)
print(h.sum(), h[999, 1002], h[1, 3], (h > 0).sum())
c3 = collapse3(23, 29, 31)
print(c3.sum(), c3[22, 28, 30], c3[0, 0, 30], c3[5, 7, 28])
print(collapse3_reduce(41, 43, 47))
print(not_perfect(200, 100).sum(), not_perfect_reduce(300, 301))
t = triangular(300)
print(t.sum(), t[299, 299], t[0, 1])
print(calls_parallel_function(np.arange(60_000.0).reshape(200, 300)).sum())
big_total = 0
for i in prange(100_000):
    big_total += i % 7
print(big_total)
