# A matrix product computed in row chunks (as the multiprocessing version
# splits A with np.array_split and multiplies each piece by B): each prange
# iteration writes one block of rows of the result with np.dot.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def chunked_matmul(a, b, chunks):
    out = np.empty((a.shape[0], b.shape[1]))
    n = a.shape[0]
    for c in prange(chunks):
        lo = c * n // chunks
        hi = (c + 1) * n // chunks
        out[lo:hi] = np.dot(a[lo:hi], b)
    return out


a = ((np.arange(1000 * 100) * 31) % 17).reshape(1000, 100) / 4.0
b = ((np.arange(100 * 100) * 7) % 13).reshape(100, 100) / 2.0
c = chunked_matmul(a, b, 4)
print(c.shape)
print(c[:2, :4])
print(np.abs(c - np.dot(a, b)).max(), c.sum())
