# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Explicit loop kernels: running (prefix) sums, a histogram counted into an
# int array, a moving average, min/max tracking and a sieve of Eratosthenes.
import numpy as np
from numba import njit


@njit
def running_sum(a):
    out = np.zeros_like(a)
    s = a[0] - a[0]
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    return out


@njit
def running_sum_in_place(a):
    for i in range(1, len(a)):
        a[i] += a[i - 1]


@njit
def histogram(values, lo, hi, nbins):
    counts = np.zeros(nbins, dtype=np.int64)
    width = (hi - lo) / nbins
    for v in values:
        if v >= lo and v < hi:
            k = int((v - lo) / width)
            counts[k] += 1
    return counts


@njit
def digit_counts(n):
    counts = np.zeros(10, dtype=np.int32)
    for i in range(n):
        x = (i * i) % 1000
        counts[x % 10] += 1
        counts[(x // 10) % 10] += 1
    return counts


@njit
def moving_average(a, w):
    out = np.zeros(len(a) - w + 1)
    for i in range(len(out)):
        s = 0.0
        for j in range(w):
            s += a[i + j]
        out[i] = s / w
    return out


@njit
def sieve(n):
    is_prime = np.ones(n, dtype=np.bool_)
    is_prime[0] = False
    is_prime[1] = False
    for i in range(2, n):
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
    return is_prime


@njit
def primes_below(n):
    flags = sieve(n)
    out = np.zeros(flags.sum(), dtype=np.int64)
    k = 0
    for i in range(n):
        if flags[i]:
            out[k] = i
            k += 1
    return out


print(running_sum(np.arange(1, 11)))
print(running_sum(np.arange(8) * 0.5))
print(running_sum(np.arange(6, dtype=np.int32)))
x = np.arange(10) * 1.0
running_sum_in_place(x)
print(x)
y = np.arange(10)
running_sum_in_place(y[::3])
print(y)
vals = (np.arange(50) * 37 % 101) / 10.0
print(histogram(vals, 0.0, 10.0, 5))
print(histogram(vals, 2.0, 4.0, 4))
print(histogram(np.arange(20) * 0.5, 0.0, 10.0, 10).sum())
print(digit_counts(500))
print(moving_average(np.arange(10) * 1.0, 3))
print(moving_average(np.arange(7) ** 2 * 1.0, 4))
print(sieve(20))
print(primes_below(60))
print(primes_below(1000).sum(), len(primes_below(1000)))
