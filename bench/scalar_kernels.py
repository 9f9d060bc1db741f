# The scalar benchmark kernels (bench/scalar_bench.cpp runs them through the
# JIT and compares with bench/reference/scalar_kernels.cpp). The same file
# runs under CPython + Numba.
from numba import njit


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


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
    return best_n


@njit
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


@njit
def gcd_sum(n):
    total = 0
    for i in range(1, n):
        for j in range(1, n):
            total += gcd(i, j)
    return total


print(fib(25), longest_collatz(10000), gcd_sum(100))
