# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Programs the race analysis must accept: a private variable assigned on
# every path before it is read, reassigned after the loop before being read
# there, the loop variable reused by a later loop, inner loop variables,
# read-only scalars from outside, and a name reused by a later prange.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def both_branches(a):
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        if a[i] % 3 == 0:
            t = a[i] * 10
        elif a[i] % 3 == 1:
            t = -a[i]
        else:
            t = 7
        out[i] = t + 1
    return out


@njit
def reassigned_after(a):
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        t = a[i] + 1
        out[i] = t * t
    t = 5
    i = 2
    return out, t + i


@njit
def loop_var_reused(n):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(n):
        out[i] = i
    for i in range(n):
        out[i] += i
    last = 0
    for j in prange(n):
        for k in range(3):
            out[j] += k
    for k in range(2):
        last = k
    return out, last


@njit(parallel=True)
def outside_scalars(a, scale, offset):
    shift = offset * 2
    out = np.zeros(a.shape[0])
    for i in prange(a.shape[0]):
        out[i] = a[i] * scale + shift
    return out


@njit
def continue_before_assign(a):
    # the read of t is only reached after t is assigned
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        if a[i] < 0:
            continue
        t = a[i] // 2
        if t > 3:
            t = 3
        out[i] = t
    return out


@njit
def two_loops_same_names(n):
    s = 0
    for i in prange(n):
        x = i * 2
        s += x
    p = 0
    for i in prange(n):
        x = i * 3
        p += x
    return s, p


@njit
def inner_while_private(n):
    out = np.zeros(n, dtype=np.int64)
    for i in prange(n):
        k = 0
        v = i
        while v > 0:
            v //= 3
            k += 1
        out[i] = k
    return out


@njit
def reduction_then_reuse(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    s = s * 2
    for i in prange(a.shape[0]):
        s += 1
    return s


a = np.arange(-3, 12)
print(both_branches(a))
out, r = reassigned_after(a)
print(out, r)
out, last = loop_var_reused(6)
print(out, last)
print(outside_scalars(np.arange(5) * 1.0, 2.0, 0.25))
print(continue_before_assign(a))
print(two_loops_same_names(10), two_loops_same_names(10_000))
print(inner_while_private(12))
print(inner_while_private(10_000).sum())
print(reduction_then_reuse(a), reduction_then_reuse(np.arange(10_000)))
