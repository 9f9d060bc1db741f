# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# for i in range(...): one, two and three arguments, negative and empty
# ranges, break, continue, else-less loops, nested loops.
from numba import njit


@njit
def total(start, stop, step):
    s = 0
    n = 0
    for i in range(start, stop, step):
        s += i
        n += 1
    return s, n


@njit
def last_value(n):
    v = -100
    for i in range(n):
        v = i
    return v


@njit
def skip_and_stop(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        s += i
    return s


@njit
def nested(n):
    c = 0
    for i in range(n):
        for j in range(i, n):
            if j == 7:
                break
            c += i * j
    return c


print(total(0, 10, 1), total(0, 10, 3), total(10, 0, -1), total(10, 0, -3))
print(total(5, 5, 1), total(5, 0, 1), total(0, 5, -1), total(-3, 3, 2))
print(total(-10, -20, -4), total(3, 4, 100))
print(last_value(10), last_value(0), last_value(1))
print(skip_and_stop(100), skip_and_stop(5))
print(nested(10), nested(3))
acc = 0
for k in range(4, -8, -3):
    acc += k
print(acc)
