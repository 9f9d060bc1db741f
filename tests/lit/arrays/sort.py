# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.sort(a) (a sorted copy; a 2-D array is sorted row by row) and a.sort()
# (in place), for int, float32, float64 and bool arrays, with NaN last.
import numpy as np
from numba import njit


@njit
def scrambled(n, k):
    # a deterministic permutation of 0..n-1 (k coprime with n)
    a = np.zeros(n, dtype=np.int64)
    for i in range(n):
        a[i] = (i * k) % n
    return a


@njit
def sorted_copy(a):
    s = np.sort(a)
    print(s)
    print(a)


@njit
def in_place(a):
    a.sort()
    print(a)


@njit
def sort_floats(n):
    a = scrambled(n, 7) * 0.5 - 3.0
    print(a)
    print(np.sort(a))
    b = a.astype(np.float32)
    b.sort()
    print(b)


@njit
def sort_with_nan():
    a = np.arange(6) * -1.5
    a[1] = np.nan
    a[4] = np.nan
    print(np.sort(a))
    a.sort()
    print(a)


@njit
def sort_2d(m):
    print(np.sort(m))
    m.sort()
    print(m)


@njit
def sort_view(a):
    v = a[::2]
    v.sort()
    print(a)


@njit
def sort_bool():
    b = scrambled(7, 3) % 2 == 0
    print(b)
    print(np.sort(b))


sorted_copy(scrambled(10, 3))
sorted_copy(scrambled(9, 4).astype(np.int32))
sorted_copy(scrambled(8, 5).astype(np.uint8))
in_place(scrambled(10, 7))
in_place(np.arange(5)[::-1].copy())
in_place(np.full(3, 4))
sort_floats(11)
sort_with_nan()
sort_2d(scrambled(12, 5).reshape(3, 4))
sort_2d(scrambled(6, 5).reshape(2, 3) * 1.5)
sort_view(scrambled(10, 3))
sort_bool()

# Module level.
a = scrambled(7, 2)
print(a)
print(np.sort(a))
a.sort()
print(a)
