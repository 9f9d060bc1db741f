# A parallel sum, three ways: a prange reduction, a reduction of a
# whole-array expression under parallel=True, and per-chunk partial sums
# combined at the end (the pattern of the multiprocessing version).
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def prange_sum(a):
    total = 0.0
    for i in prange(a.shape[0]):
        total += a[i]
    return total


@njit(parallel=True)
def expression_sum(a):
    return (a * 2.0).sum() / 2.0


@njit(parallel=True)
def chunked_sum(a, chunks):
    partial = np.zeros(chunks)
    n = a.shape[0]
    for c in prange(chunks):
        partial[c] = a[c * n // chunks:(c + 1) * n // chunks].sum()
    return partial.sum()


# Multiples of 1/8: every order of summation gives the same float.
data = (np.arange(2_000_000) % 64) / 8.0
print(prange_sum(data))
print(expression_sum(data))
print(chunked_sum(data, 4))
