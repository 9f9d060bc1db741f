# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.empty_like, zeros_like, ones_like, full_like (they keep shape and dtype),
# a.copy() and np.copy(a) (independent of the original).
import numpy as np
from numba import njit


@njit
def likes(a):
    print(np.zeros_like(a))
    print(np.ones_like(a))
    print(np.full_like(a, 3))
    print(np.full_like(a, 2.75))
    e = np.empty_like(a)
    print(e.shape, e.size, e.ndim, e.itemsize)


@njit
def likes_with_dtype(a):
    print(np.zeros_like(a, dtype=np.float32))
    print(np.ones_like(a, dtype=np.int32))
    print(np.full_like(a, 2.7, dtype=np.float64))
    e = np.empty_like(a, dtype=np.uint8)
    print(e.shape, e.itemsize)


@njit
def copies(a):
    b = a.copy()
    c = np.copy(a)
    b[0] = 100
    c[1] = -100
    print(a)
    print(b)
    print(c)


@njit
def copy_of_view(m):
    col = m[:, 1]
    cc = col.copy()
    cc[0] = 55
    print(col)
    print(cc)
    t = m.T.copy()
    t[0, 0] = -1
    print(t)
    print(m)


@njit
def copy_2d(m):
    k = np.copy(m)
    k[1, 1] = 0
    return k


likes(np.arange(4))
likes(np.arange(6.0).reshape(2, 3))
likes(np.arange(3, dtype=np.float32))
likes(np.arange(4, dtype=np.uint8))
likes(np.arange(3) > 0)
likes_with_dtype(np.arange(3))
likes_with_dtype(np.arange(4.0).reshape(2, 2))
copies(np.arange(5))
copies(np.arange(5) * 0.5)
m = np.arange(6).reshape(2, 3)
copy_of_view(m)
k = copy_2d(m)
print(k)
print(m)

# Module level.
z = np.zeros_like(m)
o = np.ones_like(m)
w = m.copy()
w[0, 0] = 42
print(z)
print(o)
print(w)
print(m)
