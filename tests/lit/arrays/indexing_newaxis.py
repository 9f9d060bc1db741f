# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# None (np.newaxis) in an index adds an axis of length 1: a view, which
# broadcasts. (Numba 0.56 cannot index with None: the expected output is
# NumPy's, recorded by scripts/record-expected.sh with Numba's JIT off.)
# expected output: CPython + NumPy
import numpy as np
from numba import njit


@njit
def views(a):
    return a[None], a[:, None], a[:, np.newaxis, :], a[1, None], a[None, 1:, None]


@njit
def pairwise(p):
    d = p[:, None, :] - p[None, :, :]
    return np.sqrt((d * d).sum(axis=2))


@njit
def outer(x, y):
    return x[:, None] * y[None, :]


m = np.arange(6.0).reshape(3, 2)
v0, v1, v2, v3, v4 = views(m)
print(v0.shape, v1.shape, v2.shape, v3.shape, v4.shape)
print(v0)
print(v1)
print(v2)
print(v3)
print(v4)
print(pairwise(np.arange(6.0).reshape(3, 2)))
print(outer(np.arange(3), np.arange(4)))
col = np.arange(3.0)[:, None]
col[1, 0] = 9.0
print(col.ravel())
