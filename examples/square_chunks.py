# Square a large array chunk by chunk, in parallel: each prange iteration
# squares one contiguous chunk (a view) in place, as the multiprocessing
# version splits the array with np.array_split and maps np.square over the
# pieces -- here without copies or processes.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def square_in_chunks(a, chunks):
    n = a.shape[0]
    for c in prange(chunks):
        lo = c * n // chunks
        hi = (c + 1) * n // chunks
        part = a[lo:hi]
        part[:] = np.square(part)


@njit
def total(a):
    return a.sum()


data = (np.arange(1_000_000) % 1000) / 1000.0
expected = np.square(data)
square_in_chunks(data, 4)
print(data[:5], data[-3:])
print(np.abs(data - expected).max())
print(total(data))
