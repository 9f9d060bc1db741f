# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element reads and writes: a[i], a[i, j], a[i, j, k], negative indices,
# a[i] of a 2-D array (a row view), a[i] = v, m[i, j] += v, a[i] -= 1.
import numpy as np
from numba import njit


@njit
def reads_1d(a):
    print(a[0], a[1], a[len(a) - 1])
    print(a[-1], a[-2], a[-len(a)])


@njit
def reads_2d(m):
    print(m[0, 0], m[1, 2], m[-1, -1], m[-2, 0])
    row = m[1]
    print(row)
    print(row[0], row[-1], m[1][2])
    i = 2
    j = 1
    print(m[i, j], m[i - 1, j + 1])


@njit
def reads_3d(t):
    print(t[0, 0, 0], t[1, 2, 3], t[-1, -1, -1], t[1, -3, 2])
    print(t[1])
    print(t[1, 2])
    print(t[1][2][3])


@njit
def writes_1d(n):
    a = np.zeros(n)
    for i in range(n):
        a[i] = i * i
    a[-1] = -1.0
    print(a)
    b = np.zeros(n, dtype=np.int32)
    b[0] = 7
    b[2] = 2.9
    b[-2] = -4
    print(b)
    c = np.full(n, 10)
    for i in range(n):
        c[i] -= 1
    c[0] -= 5
    c[1] *= 3
    c[2] //= 4
    print(c)


@njit
def writes_2d(m):
    m[0, 0] = 100
    m[1, 2] += 5
    m[-1, -1] -= 1
    m[2][0] = 9
    for i in range(m.shape[0]):
        m[i, i] += 10
    print(m)


@njit
def writes_3d():
    t = np.zeros((2, 2, 3))
    t[1, 0, 2] = 1.5
    t[0, 1, 1] += 2.5
    t[-1, -1, -1] = -3.0
    t[0][0][0] = 4.0
    print(t)


@njit
def row_view_write(m):
    row = m[1]
    row[0] = -8
    row[2] += 100
    print(m)


reads_1d(np.arange(5) * 10)
reads_1d(np.arange(4) * 0.5)
reads_1d(np.arange(3, dtype=np.int32))
reads_1d(np.arange(3) > 0)
reads_2d(np.arange(12).reshape(3, 4))
reads_2d(np.arange(12.0).reshape(4, 3))
reads_3d(np.arange(24).reshape(2, 3, 4))
writes_1d(5)
writes_2d(np.zeros((3, 3), dtype=np.int64))
writes_2d(np.ones((3, 4)))
writes_3d()
row_view_write(np.arange(9).reshape(3, 3))

# Module level.
a = np.arange(6)
print(a[0], a[-1], a[3])
a[2] = 20
a[-1] -= 1
print(a)
m = np.arange(6).reshape(2, 3)
m[1, 1] += 40
print(m[1, 1], m[0, -1])
print(m[1])
