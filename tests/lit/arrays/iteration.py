# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# `for x in a:` over 1-D arrays (scalars), 2-D arrays (row views) and views,
# and loops over range(len(a)).
import numpy as np
from numba import njit


@njit
def each_scalar(a):
    for x in a:
        print(x)


@njit
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit
def count_positive(a):
    n = 0
    for x in a:
        if x > 0:
            n += 1
    return n


@njit
def each_row(m):
    for row in m:
        print(row, row.sum(), len(row))


@njit
def nested(m):
    s = 0
    k = 0
    for row in m:
        for x in row:
            s += x * k
            k += 1
    return s


@njit
def rows_are_views(m):
    for row in m:
        row[0] = -1
    print(m)


@njit
def first_over(a, limit):
    i = 0
    for x in a:
        if x > limit:
            return i
        i += 1
    return -1


@njit
def by_index(a):
    out = np.zeros(len(a))
    for i in range(len(a)):
        out[i] = a[i] * (i + 1)
    return out


each_scalar(np.arange(3))
each_scalar(np.arange(3) * 0.5)
each_scalar(np.arange(3) > 0)
each_scalar(np.arange(3, dtype=np.uint8))
each_scalar(np.arange(10)[::-4])
print(total(np.arange(5)), total(np.arange(5) * 0.5), total(np.zeros(0)))
print(count_positive(np.arange(-3, 4)), count_positive(np.arange(-3.0, 0.0)))
each_row(np.arange(6).reshape(2, 3))
each_row(np.arange(6.0).reshape(3, 2))
each_row(np.arange(12).reshape(3, 4)[:, 1:3])
print(nested(np.arange(6).reshape(2, 3)))
rows_are_views(np.zeros((3, 2), dtype=np.int32))
print(first_over(np.arange(10), 6), first_over(np.arange(10), 60))
print(by_index(np.arange(4)))

# Module level.
a = np.arange(4) * 2
for x in a:
    print(x)
m = np.arange(4).reshape(2, 2)
for row in m:
    print(row)
