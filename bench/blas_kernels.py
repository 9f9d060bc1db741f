# Matrix products on BLAS (bench/blas_bench.cpp runs the drivers through the
# JIT and compares them with bench/reference/blas_kernels.cpp, which calls
# OpenBLAS's cblas_dgemm / cblas_dgemv itself with the same arrays). The
# same file runs under CPython + Numba and prints the same checksums.
#
# Each driver takes only numbers (parc's array descriptors are not a C ABI),
# makes its arrays, computes the product `reps` times (a new result array
# each time, as np.dot does) and returns a checksum. The values are small
# multiples of 1/8, so every sum is exact, whatever order BLAS adds in.
import numpy as np
from numba import njit


@njit
def fill(a, b):
    n = a.shape[0]
    for i in range(n):
        for j in range(n):
            a[i, j] = (i + 2 * j) % 5 * 0.25
            b[i, j] = (3 * i + j) % 4 * 0.5 - 0.5


# np.dot(a, b): C-contiguous operands, dgemm with no transposes.
@njit
def gemm_driver(n, reps):
    a = np.empty((n, n))
    b = np.empty((n, n))
    fill(a, b)
    total = 0.0
    for r in range(reps):
        c = np.dot(a, b)
        total += c[r % n, (7 * r) % n]
    return total


# a.T @ b: a transposed view, which goes to dgemm with its transpose flag
# (no copy).
@njit
def gemm_t_driver(n, reps):
    a = np.empty((n, n))
    b = np.empty((n, n))
    fill(a, b)
    total = 0.0
    for r in range(reps):
        c = a.T @ b
        total += c[r % n, (7 * r) % n]
    return total


# a @ v: matrix . vector, dgemv (memory-bound: the matrix is read once).
@njit
def gemv_driver(n, reps):
    a = np.empty((n, n))
    b = np.empty((n, n))
    fill(a, b)
    v = b[n // 2].copy()
    total = 0.0
    for r in range(reps):
        y = a @ v
        total += y[(7 * r) % n]
    return total


# The benchmark's sizes (bench/blas_bench.cpp): parc and Numba print the same
# checksums, and blas_bench checks C++ against parc.
print(gemm_driver(1024, 10))
print(gemm_t_driver(1024, 10))
print(gemv_driver(2048, 50))
