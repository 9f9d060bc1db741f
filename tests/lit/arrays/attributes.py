# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# a.shape (also unpacked), a.size, a.ndim, a.itemsize and len(a) of 1-D, 2-D
# and 3-D arrays of several dtypes, and of views.
import numpy as np
from numba import njit


@njit
def describe(a):
    print(a.shape, a.size, a.ndim, a.itemsize, len(a))


@njit
def shape_parts_2d(m):
    rows, cols = m.shape
    print(rows, cols, rows * cols == m.size)
    print(m.shape[0], m.shape[1], m.shape[-1])
    return rows + cols


@njit
def shape_parts_3d(t):
    d0, d1, d2 = t.shape
    print(d0, d1, d2, t.shape[2], len(t), len(t[0]), len(t[0, 0]))


@njit
def made_inside(n):
    a = np.zeros(n, dtype=np.int32)
    m = np.ones((n, n + 1), dtype=np.float32)
    t = np.zeros((2, n, 4), dtype=np.uint8)
    print(a.shape, a.size, a.ndim, a.itemsize, len(a))
    print(m.shape, m.size, m.ndim, m.itemsize, len(m))
    print(t.shape, t.size, t.ndim, t.itemsize, len(t))
    b = np.zeros(n, dtype=np.bool_)
    print(b.itemsize, np.zeros(1, dtype=np.int16).itemsize, np.zeros(1).itemsize)


@njit
def loop_bounds(m):
    total = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            total += 1
    return total


describe(np.arange(5))
describe(np.arange(5, dtype=np.int32))
describe(np.zeros((3, 4)))
describe(np.zeros((2, 3, 4), dtype=np.float32))
describe(np.ones(7, dtype=np.uint8))
describe(np.arange(6) > 2)
describe(np.arange(10)[::2])
describe(np.arange(12).reshape(3, 4)[:, 1])
describe(np.arange(12).reshape(3, 4)[1:, ::2])
describe(np.arange(12).reshape(3, 4).T)
print(shape_parts_2d(np.zeros((3, 5))))
print(shape_parts_2d(np.zeros((1, 9), dtype=np.int32)))
shape_parts_3d(np.zeros((2, 3, 4)))
made_inside(3)
print(loop_bounds(np.zeros((4, 6))))

# Module level.
m = np.zeros((4, 2))
rows, cols = m.shape
print(rows, cols, m.size, m.ndim, m.itemsize, len(m))
t = np.ones((2, 3, 5), dtype=np.int32)
print(t.shape, t.size, t.ndim, t.itemsize, len(t))
