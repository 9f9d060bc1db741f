# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Functions that return nothing, bare return, explicit return None, and
# printing None.
from numba import njit


@njit
def nothing():
    pass


@njit
def side_effect(n):
    print("side effect", n)


@njit
def bare_return(n):
    if n > 0:
        print("positive")
        return
    print("not positive")


@njit
def explicit_none():
    return None


@njit
def caller(n):
    side_effect(n)
    nothing()
    return n * 2


print(nothing())
r = side_effect(3)
print(r)
bare_return(1)
bare_return(-1)
print(bare_return(0))
print(explicit_none())
print(caller(21))
print(None, (None, 1))
