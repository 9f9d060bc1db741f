# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Comparisons, including chained comparisons and mixed int/float operands.
from numba import njit


@njit
def cmp(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


@njit
def between(lo, x, hi):
    return lo < x < hi


@njit
def chain4(a, b, c, d):
    return a <= b < c != d


@njit
def mixed(i, x):
    return i == x, i < x, x <= i


@njit
def count_sorted_triples(n):
    c = 0
    for a in range(n):
        for b in range(n):
            for d in range(n):
                if a < b < d:
                    c += 1
    return c


print(cmp(1, 2))
print(cmp(2, 2))
print(cmp(-1.5, -2.5))
print(between(0, 5, 10), between(0, 10, 10), between(0, -1, 10))
print(between(0.0, 0.5, 1.0), between(1, 1, 1))
print(chain4(1, 1, 2, 3), chain4(1, 2, 3, 3), chain4(2, 1, 3, 4))
print(mixed(3, 3.0), mixed(2, 2.5), mixed(-1, -1.5))
print(count_sorted_triples(6))
print(cmp(True, False))
