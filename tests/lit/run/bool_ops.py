# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# and / or / not and conditional expressions; same-typed operands of and/or
# return the operand value.
from numba import njit


@njit
def or_(a, b):
    return a or b


@njit
def and_(a, b):
    return a and b


@njit
def not_(a):
    return not a


@njit
def cond(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)


@njit
def short_circuit(n):
    calls = 0
    d = 0
    # the right side must not run when the left decides
    if n == 0 or 10 // n > 1:
        calls += 1
    if n != 0 and 10 // n > 1:
        calls += 10
    ok = n > 0 and n < 100 or n == -5
    return calls, ok, not ok, d


@njit
def truthiness(i, x):
    return bool(i), bool(x), not i, not x


print(or_(0, 5), or_(3, 4), or_(0, 0), or_(-2, 9))
print(and_(3, 4), and_(0, 4), and_(7, 0))
print(or_(0.0, 2.5), and_(1.5, 0.0), or_(True, False), and_(True, False))
print(not_(0), not_(3), not_(0.0), not_(-0.5), not_(True), not_(False))
print(cond(7), cond(-7), cond(0))
print(short_circuit(0), short_circuit(3), short_circuit(20), short_circuit(-5))
print(truthiness(0, 0.0), truthiness(-3, 0.1))
