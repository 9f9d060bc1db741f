# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Scalar reductions of every operator: += -= *= |= &= ^=, x = min(x, e),
# x = max(x, e) and the spelled-out 's = s + e', on int64, int32, float64
# and bool; conditional updates, several reductions in one loop, initial
# values that are not the operator's identity, empty ranges. Float sums add
# integers or powers of two, so the result does not depend on the order.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def sum_int(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def sum_float(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit
def sub_from_ten(a):
    s = 10
    for i in prange(a.shape[0]):
        s -= a[i]
    return s


@njit
def sub_float_init(a):
    s = 0.25
    for i in prange(a.shape[0]):
        s -= a[i] * 0.5
    return s


@njit
def spelled_out(a):
    s = 7
    t = 1.5
    for i in prange(a.shape[0]):
        s = s + a[i]
        t = a[i] + t
    return s, t


@njit
def product_int(n):
    p = 3
    for i in prange(n):
        if i % 10_000 == 0:
            p *= 2
        elif i % 10_000 == 1:
            p *= -1
    return p


@njit
def product_wraps(n):
    # wraps around modulo 2**64 like Numba; the product is still exact
    p = 1
    for i in prange(1, n):
        p *= i | 1
    return p


@njit
def product_float(n):
    p = 1.0
    for i in prange(n):
        if i % 3 == 0:
            p *= 2.0
        elif i % 3 == 1:
            p *= 0.5
        else:
            p *= 1.0
    return p


@njit
def bits_or_and_xor(n):
    bits_or = 0
    bits_and = -1
    bits_xor = 0
    for i in prange(n):
        bits_or |= 1 << (i % 37)
        bits_and &= ~(1 << (i % 23))
        bits_xor ^= i * 2654435761
    return bits_or, bits_and, bits_xor


@njit
def bits_non_identity(n):
    # initial values that are not the identity are used exactly once
    x = 12345
    o = 1 << 60
    a = 0xFF00FF
    for i in prange(n):
        x ^= i
        o |= i % 8
        a &= ~(i % 4)
    return x, o, a


@njit
def bool_reductions(a):
    any_big = False
    all_pos = True
    parity = False
    for i in prange(a.shape[0]):
        any_big |= a[i] > 50
        all_pos &= a[i] > 0
        parity ^= a[i] % 2 == 1
    return any_big, all_pos, parity


@njit(parallel=True)
def min_max_int(a):
    lo = a[0]
    hi = a[0]
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(a[i], hi)
    return lo, hi


@njit(parallel=True)
def min_max_float(a):
    lo = np.inf
    hi = -np.inf
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit
def min_max_non_identity(a):
    # the initial value takes part: it wins when it is the extreme
    lo = -5
    hi = 3
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit(parallel=True)
def conditional(a):
    pos = 0.0
    neg = 0.0
    count = 0
    for i in prange(a.shape[0]):
        if a[i] > 0:
            pos += a[i]
            count += 1
        elif a[i] < 0:
            neg -= a[i]
    return pos, neg, count


@njit
def several(a):
    s = 100
    sq = 0
    p = 1.0
    lo = 1 << 40
    hi = -(1 << 40)
    odd = 0
    for i in prange(a.shape[0]):
        v = a[i]
        s += v
        sq += v * v
        if v % 1024 == 3:
            p *= 2.0
        lo = min(lo, v)
        hi = max(hi, v)
        if v % 2 == 1:
            odd += 1
            s -= 1
    return s, sq, p, lo, hi, odd


@njit
def int32_sum(a):
    s = np.int32(5)
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit
def int32_min_max(a):
    lo = np.int32(1000)
    hi = np.int32(-1000)
    for i in prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


@njit
def empty_loop(n):
    s = 10
    p = 2.5
    lo = 7
    f = True
    for i in prange(n):
        s += i
        p *= 3.0
        lo = min(lo, i)
        f &= i > 100
    return s, p, lo, f


a = np.arange(10)
print(sum_int(a), sum_float(a * 0.5), sub_from_ten(a), sub_float_init(a * 1.0))
print(spelled_out(a))
print(product_int(10), product_float(10), bits_or_and_xor(10), bits_non_identity(10))
print(bool_reductions(a), bool_reductions(a + 1), bool_reductions(a * 11 + 1))
print(min_max_int(a), min_max_float(a * 0.5), min_max_non_identity(a), min_max_non_identity(a - 9))
print(conditional(a - 4.0))
print(several(a))
print(int32_sum(np.arange(10, dtype=np.int32)), int32_min_max(np.arange(-3, 7, dtype=np.int32)))
print(empty_loop(0), empty_loop(-3))

# Large: several chunks per thread with 7 threads.
n = 100_003
big = np.arange(n)
shuffled = (big * 7919) % n - 50_000
print(sum_int(big), sum_int(shuffled), sum_float(big * 0.25), sub_from_ten(shuffled))
print(sub_float_init(big * 1.0), spelled_out(shuffled))
print(product_int(n), product_wraps(n), product_float(n))
print(bits_or_and_xor(n), bits_non_identity(n), bits_non_identity(n - 1))
print(bool_reductions(shuffled), bool_reductions(big + 1), bool_reductions(big[:-1] + 1))
print(min_max_int(shuffled), min_max_float(shuffled * 0.5), min_max_non_identity(shuffled))
print(conditional(shuffled * 1.0))
print(several(shuffled), several(big))
b32 = (np.arange(n) % 1000).astype(np.int32)
print(int32_sum(b32), int32_min_max(b32 - 500))
print(empty_loop(1), empty_loop(10_000))
