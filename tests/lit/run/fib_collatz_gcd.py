# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Classic small programs: fibonacci (recursive and iterative), collatz, gcd;
# asserts that pass.
from numba import njit

@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@njit
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

@njit
def longest_collatz(limit):
    best = 1
    best_steps = 0
    for i in range(1, limit):
        s = collatz_steps(i)
        if s > best_steps:
            best, best_steps = i, s
    return best, best_steps

@njit
def gcd(a, b):
    assert a >= 0 and b >= 0, "gcd of negative numbers"
    while b:
        a, b = b, a % b
    return a

@njit
def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

print(fib(0), fib(1), fib(20), fib_iter(90))
print(collatz_steps(1), collatz_steps(27), longest_collatz(10000))
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd_rec(270, 192))
assert fib(10) == 55
print("asserts passed")
