# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element-wise operations broadcast as NumPy does: shapes align on their last
# axes, axes of length 1 (and missing leading ones) stretch; results take
# the broadcast shape; dtypes promote as for equal shapes. Fused trees
# (several operators and ufuncs in one expression) broadcast all their
# operands together.
import numpy as np
from numba import njit


@njit
def sub(a, b):
    return a - b


@njit
def fused(x, y, s):
    return np.sqrt(x * x + y * y) * s + 1.0


@njit
def compare(a, b):
    return a < b


@njit
def distances(points):
    n = points.shape[0]
    d = points.shape[1]
    diff = points.reshape(n, 1, d) - points.reshape(1, n, d)
    return np.sqrt((diff * diff).sum())


@njit
def scale_columns(m):
    lo = np.zeros(m.shape[1])
    hi = np.zeros(m.shape[1])
    for j in range(m.shape[1]):
        lo[j] = m[:, j].min()
        hi[j] = m[:, j].max()
    return (m - lo) / (hi - lo)


m = np.arange(12.0).reshape(3, 4)
print(sub(m, np.arange(4.0)))
print(sub(m, np.arange(3.0).reshape(3, 1)))
print(sub(np.arange(3).reshape(3, 1), np.arange(4)))
print(sub(np.arange(4), np.ones((2, 1, 4), dtype=np.int32)))
print(sub(np.ones((1, 1)), np.arange(3.0)))
print(sub(m[:, ::2], np.arange(2.0)))
print(sub(m.T, np.arange(3.0)))
print(fused(np.arange(3.0).reshape(3, 1), np.arange(4.0), 2.0))
print(fused(m, m[0], 0.5))
print(compare(np.arange(3).reshape(3, 1), np.arange(3)))
print(distances(np.arange(12.0).reshape(4, 3)))
print(scale_columns(np.arange(12.0).reshape(4, 3) ** 2))
print(sub(np.zeros((0, 3)), np.arange(3.0)).shape)
