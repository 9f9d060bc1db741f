# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Floor division and modulo: Python semantics (round toward -inf).
from numba import njit


@njit
def idivmod(a, b):
    return a // b, a % b


@njit
def fdivmod(a, b):
    return a // b, a % b


@njit
def check_identity(lo, hi):
    # a == (a // b) * b + a % b for all a, b != 0
    bad = 0
    for a in range(lo, hi):
        for b in range(lo, hi):
            if b != 0:
                if (a // b) * b + a % b != a:
                    bad += 1
                r = a % b
                if r != 0 and (r < 0) != (b < 0):
                    bad += 1
    return bad


print(idivmod(7, 2), idivmod(-7, 2), idivmod(7, -2), idivmod(-7, -2))
print(idivmod(6, 3), idivmod(-6, 3), idivmod(0, 5), idivmod(0, -5))
print(idivmod(1, 10), idivmod(-1, 10), idivmod(9223372036854775807, 10))
print(fdivmod(7.0, 2.0), fdivmod(-7.5, 2.0), fdivmod(7.0, -2.0), fdivmod(-7.0, -2.0))
print(fdivmod(-4.0, 2.0), fdivmod(4.0, -2.0), fdivmod(0.0, -3.0), fdivmod(-0.0, 3.0))
print(fdivmod(5.5, 0.5), fdivmod(-5.25, 1.5), fdivmod(1e-300, 1.0))
print(fdivmod(-7.5, 2), fdivmod(7, 2.5))
print(check_identity(-12, 13))
