# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# if/elif/else, early return, nested ifs, conditional expressions; a local
# assigned an int and a float has type float.
from numba import njit

@njit
def classify(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    elif x < 10:
        return 1
    else:
        return 2

@njit
def sign_name_code(x):
    if x > 0:
        if x % 2 == 0:
            r = 20
        else:
            r = 21
    else:
        r = 0
        if x != 0:
            r = -1
    return r

@njit
def first_multiple(n, k):
    for i in range(1, n):
        if i % k == 0:
            return i
    return -1

@njit
def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x

@njit
def unify(flag):
    y = 1
    if flag:
        y = 2.5
    return y

print(classify(-5), classify(0), classify(3), classify(10))
print(sign_name_code(4), sign_name_code(7), sign_name_code(0), sign_name_code(-3))
print(first_multiple(100, 7), first_multiple(5, 9))
print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(2.5, 0.0, 1.0))
print(unify(True), unify(False))
x = 3
if x > 2:
    print("module if taken")
else:
    print("module else taken")
