# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Direct recursion: factorial, ackermann (small), tree-like sums, power.
from numba import njit


@njit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@njit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


@njit
def fast_pow(b, e):
    if e == 0:
        return 1
    h = fast_pow(b, e // 2)
    if e % 2 == 0:
        return h * h
    return h * h * b


@njit
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


@njit
def hanoi_moves(n):
    if n == 0:
        return 0
    return 2 * hanoi_moves(n - 1) + 1


print(fact(0), fact(1), fact(10), fact(20))
print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
print(fast_pow(3, 13), fast_pow(2, 62), fast_pow(7, 0))
print(binom(10, 3), binom(16, 8))
print(hanoi_moves(10), hanoi_moves(40))
