# The distance matrix of a set of points by broadcasting: every pair of
# points' difference in one (n, n, d) expression, then a reduction along
# the last axis -- no loops written out.
# (Numba 0.56 cannot index with None: the expected output is NumPy's.)
# expected output: CPython + NumPy
import numpy as np
from numba import njit


@njit(parallel=True)
def distances(points):
    diff = points[:, None, :] - points[None, :, :]
    return np.sqrt((diff * diff).sum(axis=2))


n = 500
points = np.empty((n, 2))
points[:, 0] = (np.arange(n) * 37 % 101) / 10.0
points[:, 1] = (np.arange(n) * 59 % 103) / 10.0
d = distances(points)
print(d.shape)
print(d[:3, :3])
print(round(d.sum(), 6), d.max())
