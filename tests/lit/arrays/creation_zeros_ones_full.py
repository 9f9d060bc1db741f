# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.zeros, np.ones, np.full and np.empty with int and tuple shapes and dtype=.
import numpy as np
from numba import njit


@njit
def zeros_kinds():
    print(np.zeros(4))
    print(np.zeros((2, 3)))
    print(np.zeros((3,)))
    print(np.zeros(3, dtype=np.float32))
    print(np.zeros(3, dtype=np.int32))
    print(np.zeros((2, 2), dtype=np.int64))
    print(np.zeros(4, dtype=np.uint8))
    print(np.zeros((2, 2), dtype=np.bool_))
    print(np.zeros(2, dtype=np.float64))
    print(np.zeros((2, 2), dtype=float))
    print(np.zeros((2, 1, 3), np.int32))


@njit
def ones_kinds():
    print(np.ones(3))
    print(np.ones((2, 4), dtype=np.float32))
    print(np.ones(5, dtype=np.int32))
    print(np.ones((1, 3), dtype=np.uint8))
    print(np.ones(3, dtype=np.bool_))
    print(np.ones(2, dtype=float))


@njit
def full_kinds(n):
    print(np.full(n, 7))
    print(np.full(n, 2.5))
    print(np.full(n, True))
    print(np.full((2, n), -1.25))
    print(np.full((2, 2), 9, dtype=np.int32))
    print(np.full(n, 1.5, dtype=np.float32))
    print(np.full(n, 200, dtype=np.uint8))
    print(np.full(n, 2.9, dtype=np.int64))
    print(np.full((n, 2), 3, dtype=np.float64))
    print(np.full(n, 1, dtype=np.bool_))


@njit
def empty_facts(n):
    a = np.empty(n)
    b = np.empty((n, 2), dtype=np.int32)
    c = np.empty((2, 3, 4), dtype=np.uint8)
    d = np.empty(n, dtype=float)
    print(a.shape, a.size, a.ndim, len(a))
    print(b.shape, b.size, b.ndim, b.itemsize)
    print(c.shape, c.size, c.ndim, c.itemsize)
    print(d.shape, d.itemsize)
    a[:] = 4.0
    b[:, :] = 1
    print(a, b.sum())


@njit
def zero_length():
    z = np.zeros(0)
    print(z, z.shape, z.size, len(z))
    e = np.ones((0, 3))
    print(e.shape, e.size)


zeros_kinds()
ones_kinds()
full_kinds(3)
empty_facts(3)
zero_length()

# The same constructors at module level.
a = np.zeros(5)
b = np.ones((2, 3), dtype=np.int32)
c = np.full((3, 2), 4.5)
d = np.empty((4, 4))
print(a)
print(b)
print(c)
print(d.shape, d.size, d.ndim)
