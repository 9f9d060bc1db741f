# Scalar kernels: the demo script (`make demo`). Runs unchanged under CPython
# with Numba and under `parc run`, printing the same thing.
import math
import time
from numba import njit

N = 300_000


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@njit
def longest_collatz(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        s = collatz_steps(n)
        if s > best:
            best, best_n = s, n
    return best_n, best


@njit
def leibniz_pi(terms):
    total = 0.0
    sign = 1.0
    for k in range(terms):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


@njit
def count_primes(limit):
    count = 0
    for n in range(2, limit):
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
    return count


start = time.perf_counter()
print("longest Collatz chain below", N, "starts at", longest_collatz(N))
print("pi ~", leibniz_pi(N), "error", abs(leibniz_pi(N) - math.pi))
print("primes below", N, ":", count_primes(N))
print("took less than a minute:", time.perf_counter() - start < 60.0)
