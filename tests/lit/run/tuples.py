# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Tuples: construction, constant indexing (also negative), unpacking, returning
# several values, nested tuples, printing.
from numba import njit


@njit
def divmod_pair(a, b):
    return a // b, a % b


@njit
def swap(a, b):
    return b, a


@njit
def mixed():
    return 1, 2.5, True


@njit
def nested():
    inner = (3, 4.5)
    return (1, inner), (inner, (False,))


@njit
def index_it(t):
    return t[0], t[1], t[-1], t[-2]


@njit
def unpack_sum(t):
    a, b, c = t
    return a + b + c


@njit
def min_max(a, b, c):
    lo = min(a, b, c)
    hi = max(a, b, c)
    return lo, hi


q, r = divmod_pair(17, 5)
print(q, r)
print(swap(1, 2), swap(1.5, -3.5))
print(mixed(), mixed()[1], mixed()[-1])
print(nested())
print(index_it((10, 20, 30)), index_it((1.5, 2, False)))
print(unpack_sum((1, 2, 3)), unpack_sum((1.5, 2.5, 3)))
lo, hi = min_max(3, -1, 7)
print(lo, hi)
print((1, 2.5), (1,), (), ((1, 2), (3, (4, 5))), ("a", None, True))
t = (7, 8, 9)
print(t[0], t[-1], len(t))
