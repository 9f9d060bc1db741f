# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# More loop bodies: the prange variable reassigned in the body, private
# tuples, reductions updated in a serial inner loop, in a while loop and
# after 'continue', a parameter assigned in the body, array and scalar
# reductions in one loop, a collapsed nest with a private and a conditional
# reduction, and a parallel loop entered 20000 times from a serial loop.
import numpy as np
from numba import njit, prange


@njit
def reassign_loop_var(n):
    out = np.zeros(2 * n, dtype=np.int64)
    for i in prange(n):
        i = i * 2
        out[i] = i + 1
    return out


@njit
def tuple_private(a):
    out = np.zeros(a.shape[0])
    for i in prange(a.shape[0]):
        t = (a[i], i)
        u, v = t
        out[i] = t[0] * 2 + v + u
    return out


@njit
def inner_serial_reduction(m):
    s = 0.0
    c = 0
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
            if m[i, j] > 10:
                c += 1
    return s, c


@njit
def while_reduction(n):
    steps = 0
    for i in prange(1, n):
        x = i
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
    return steps


@njit
def continue_reduction(a):
    s = 0
    hi = -1
    for i in prange(a.shape[0]):
        if a[i] % 3 == 0:
            continue
        s += a[i]
        hi = max(hi, a[i])
    return s, hi


@njit
def param_private(a, k):
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        k = a[i] + 1
        out[i] = k
    return out


@njit
def shadow_outer_var_in_inner_loop(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        acc = 0.0
        for j in range(m.shape[1]):
            acc += m[i, j]
        out[i] = acc
    return out


@njit
def reduction_and_array_same_loop(m):
    acc = np.zeros(m.shape[1])
    total = 0.0
    lo = np.inf
    for i in prange(m.shape[0]):
        acc += m[i]
        total += m[i, 0]
        lo = min(lo, m[i, 1])
    return acc, total, lo


@njit
def nested_reduction_in_collapsed_with_private(n):
    s = 0
    for i in prange(n):
        for j in prange(n):
            t = i * j
            if t % 2 == 0:
                s += t
    return s


@njit
def step(out, r):
    s = 0
    for i in prange(out.shape[0]):
        out[i] += r
        s += i
    return s


@njit
def many_entries(reps):
    out = np.zeros(16, dtype=np.int64)
    t = 0
    for r in range(reps):
        t += step(out, r)
    return out.sum(), t


print(reassign_loop_var(6))
print(tuple_private(np.arange(5) * 1.0))
m = np.arange(30.0).reshape(6, 5)
print(inner_serial_reduction(m), while_reduction(1000), continue_reduction(np.arange(1000)))
print(param_private(np.arange(5), 3))
print(shadow_outer_var_in_inner_loop(m))
acc, total, lo = reduction_and_array_same_loop(np.arange(30_000.0).reshape(10_000, 3))
print(acc, total, lo)
print(nested_reduction_in_collapsed_with_private(300))
print(many_entries(20_000))
