# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Loops over 1-d and 2-d arrays: variables assigned in the body (scalars,
# array views such as 'row = m[i]', temporaries from a serial inner loop,
# arrays created in the iteration) are private to each iteration;
# 'continue' skips to the next iteration.
import math
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def scaled_1d(a, k):
    out = np.empty_like(a)
    for i in prange(a.shape[0]):
        t = a[i] * k
        u = t + 1.0
        out[i] = u * u
    return out


@njit(parallel=True)
def row_sums(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        row = m[i]
        s = 0.0
        for j in range(row.shape[0]):
            s += row[j]
        out[i] = s
    return out


@njit(parallel=True)
def row_views_written(m):
    # a private view writes through to the shared array's own row
    for i in prange(m.shape[0]):
        row = m[i, :]
        row[0] = -row[0]
        row[1:] *= 2
    return m


@njit(parallel=True)
def col_max(m):
    out = np.zeros_like(m[0])
    for j in prange(m.shape[1]):
        col = m[:, j]
        best = col[0]
        for i in range(1, col.shape[0]):
            if col[i] > best:
                best = col[i]
        out[j] = best
    return out


@njit
def skip_odd(a):
    # plain @njit: Numba runs this serially, parc in parallel
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        if a[i] % 2 == 1:
            continue
        x = a[i] // 2
        if x > 100:
            out[i] = -1
            continue
        out[i] = x
    return out


@njit(parallel=True)
def private_array(n, w):
    # an array allocated in each iteration is that iteration's own
    out = np.zeros((n, w), dtype=np.int64)
    for i in prange(n):
        tmp = np.arange(w) * i
        tmp += 1
        out[i] = tmp
    return out


@njit(parallel=True)
def conditional_private(a):
    out = np.zeros(a.shape[0])
    for i in prange(a.shape[0]):
        if a[i] >= 0:
            r = math.sqrt(a[i])
        else:
            r = -1.0
        out[i] = r
    return out


@njit(parallel=True)
def stencil(a):
    # reads neighbours of the shared input, writes only its own element
    out = np.zeros_like(a)
    for i in prange(1, a.shape[0] - 1):
        left = a[i - 1]
        right = a[i + 1]
        out[i] = left + right - 2 * a[i]
    return out


@njit(parallel=True)
def elementwise_2d(m):
    out = np.empty_like(m)
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            v = m[i, j]
            out[i, j] = v * v - i + j
    return out


@njit
def while_in_body(n):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(n):
        # Collatz steps: a serial while loop with private state
        x = i + 1
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        out[i] = steps
    return out


a = np.arange(10) * 0.5
print(scaled_1d(a, 2.0))
m = np.arange(12.0).reshape(3, 4)
print(row_sums(m))
print(row_views_written(np.arange(12).reshape(4, 3)))
print(col_max((np.arange(9) * 7 % 10).reshape(3, 3)))
print(skip_odd(np.arange(12)))
print(skip_odd(np.arange(0, 800, 199)))
print(private_array(4, 5))
print(conditional_private(np.arange(5) * 2.25 - 3.0))
print(stencil(np.arange(10) ** 2))
print(elementwise_2d(np.arange(6).reshape(2, 3)))
print(while_in_body(12))

# Large: several chunks per thread with 7 threads.
big = np.arange(30_000).reshape(10_000, 3) * 1.0
rs = row_sums(big)
print(rs[0], rs[1], rs[9_999], rs.sum())
s2 = skip_odd(np.arange(20_001))
print(s2.sum(), s2.max(), s2[20_000])
c = while_in_body(10_000)
print(c.sum(), c.max(), c[9_999])
e = elementwise_2d(big)
print(e.sum(), e[9_999, 2])
