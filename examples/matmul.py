# A matrix product written out: a prange loop over the rows of the result,
# each computed i-k-j (the innermost loop runs along rows of b and c, so it
# vectorizes), checked against np.dot and the @ operator (OpenBLAS).
#
# The entries are multiples of 1/4 and 1/2 and the products' sums stay small,
# so every summation order gives the same floats: the loop and BLAS agree
# exactly.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def matmul(a, b):
    n, p = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in prange(n):
        for k in range(p):
            aik = a[i, k]
            for j in range(m):
                c[i, j] += aik * b[k, j]
    return c


@njit
def blas_products(a, b):
    return np.dot(a, b), a @ b


n, p, m = 300, 200, 250
a = ((np.arange(n * p) * 7) % 11).reshape(n, p) / 4.0 - 1.0
b = ((np.arange(p * m) * 5) % 13).reshape(p, m) / 2.0 - 3.0
c = matmul(a, b)
d, e = blas_products(a, b)
print(c.shape)
print(c[:2, :4])
print(c.sum(), np.abs(c - d).max(), np.abs(c - e).max())
print(np.abs(matmul(b.T.copy(), a.T.copy()) - c.T).max())
