# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Reductions on other dtypes: each chunk starts from the identity of the
# variable's own type (the type's largest or smallest integer for min and
# max, all ones for &=), so unsigned, 32-bit and float32 reductions give the
# serial result; array reductions of a scalar and into a view.
import numpy as np
from numba import njit, prange


@njit
def u64_min_max(a):
    lo = np.uint64(18446744073709551615)
    hi = np.uint64(0)
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit
def u64_and_or_xor(a):
    x_and = np.uint64(18446744073709551615)
    x_or = np.uint64(0)
    x_xor = np.uint64(0)
    for i in prange(a.shape[0]):
        x_and &= a[i]
        x_or |= a[i]
        x_xor ^= a[i]
    return x_and, x_or, x_xor


@njit
def u64_sum(a):
    s = np.uint64(0)
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit
def i32_min_max(a):
    lo = a[0]
    hi = a[0]
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit
def f32_sum_min_max(a):
    s = np.float32(0.0)
    lo = np.float32(np.inf)
    hi = np.float32(-np.inf)
    for i in prange(a.shape[0]):
        s += a[i]
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return s, lo, hi


@njit
def u8_and_or(a):
    x_and = np.uint8(255)
    x_or = np.uint8(0)
    for i in prange(a.shape[0]):
        x_and &= a[i]
        x_or |= a[i]
    return x_and, x_or


@njit
def int_min_max_extremes(n):
    # values near the int64 limits: identity values must not leak through
    lo = 0
    hi = 0
    for i in prange(n):
        v = (i - n // 2) * 1_000_000_000_000_000
        lo = min(lo, v)
        hi = max(hi, v)
    return lo, hi


@njit
def spelled_out_sub(a):
    s = 1000
    for i in prange(a.shape[0]):
        s = s - a[i]
    return s


@njit
def add_scalar_to_array(n):
    acc = np.zeros(3, dtype=np.int64)
    for i in prange(n):
        acc += 2
    return acc


@njit
def reduce_into_view(m):
    big = np.zeros((4, 3))
    acc = big[1:3]
    for i in prange(m.shape[0]):
        acc += m[i]
    return big


@njit
def repeated_loops(n, reps):
    # a reduction whose starting value changes, in a serial loop
    t = 0
    out = np.zeros(reps, dtype=np.int64)
    for r in range(reps):
        s = 0
        for i in prange(n):
            s += i + r
            t += 1
        out[r] = s
    return out, t


n = 10_007
u = (np.arange(n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(1 << 40) + np.uint64(1 << 63)
print(u64_min_max(u), u64_and_or_xor(u), u64_sum(u))
print(u64_min_max(u[:5]), u64_and_or_xor(u[3:9]))
i32 = ((np.arange(n) * 7919) % 20001 - 10000).astype(np.int32)
print(i32_min_max(i32), i32_min_max(i32[:1]), i32_min_max(i32 + np.int32(2_000_000_000)))
f32 = ((np.arange(n) % 64) * 0.25 - 3.0).astype(np.float32)
print(f32_sum_min_max(f32), f32_sum_min_max(f32[5:9]))
u8 = (np.arange(n) % 256).astype(np.uint8)
print(u8_and_or(u8), u8_and_or(u8 | np.uint8(129)), u8_and_or(u8[:0]))
print(int_min_max_extremes(9), int_min_max_extremes(10_001))
print(spelled_out_sub(np.arange(n)), add_scalar_to_array(n), add_scalar_to_array(0))
print(reduce_into_view(np.arange(30_000.0).reshape(10_000, 3)[:, :3].copy().reshape(5_000, 2, 3)))
o, t = repeated_loops(1000, 50)
print(o.sum(), o[0], o[49], t)
