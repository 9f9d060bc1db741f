# The serial array benchmark kernels (bench/array_bench.cpp runs the drivers
# through the JIT and compares them with bench/reference/array_kernels.cpp,
# which allocates, initialises, loops and sums in the same way). The same
# file runs under CPython + Numba and prints the same checksums.
#
# Each kernel is an ordinary @njit function on arrays; each driver takes
# only numbers (parc's array descriptors are not a C ABI), makes its arrays,
# runs the kernel `reps` times and returns a checksum.
import numpy as np
from numba import njit


# ------------------------------------------------------------ STREAM triad

@njit
def triad(a, b, c, s):
    for i in range(len(a)):
        a[i] = b[i] + s * c[i]


@njit
def triad_driver(n, reps):
    a = np.zeros(n)
    b = np.empty(n)
    c = np.empty(n)
    for i in range(n):
        b[i] = i % 1000 * 0.001
        c[i] = i % 7 * 0.5
    for r in range(reps):
        triad(a, b, c, 1.0 + r * 0.25)
    total = 0.0
    for i in range(n):
        total += a[i]
    return total


# ------------------------------------------- 2-D five-point Jacobi stencil

@njit
def jacobi_sweep(u, out):
    n, m = u.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])


@njit
def stencil_driver(n, sweeps):
    u = np.zeros((n, n))
    for i in range(n):
        u[i, 0] = 1.0
        u[0, i] = 0.5
    for i in range(1, n):
        for j in range(1, n):
            u[i, j] = (i * 7 + j * 3) % 10 * 0.1
    out = u.copy()
    for s in range(sweeps):
        jacobi_sweep(u, out)
        u, out = out, u
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += u[i, j]
    return total


# --------------------------------------------------- i-k-j matrix product

@njit
def matmul_ikj(a, b, c):
    n, p = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            c[i, j] = 0.0
        for k in range(p):
            for j in range(m):
                c[i, j] += a[i, k] * b[k, j]


@njit
def matmul_driver(n, reps):
    a = np.empty((n, n))
    b = np.empty((n, n))
    c = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            a[i, j] = (i + 2 * j) % 5 * 0.25
            b[i, j] = (3 * i + j) % 4 * 0.5 - 0.5
    total = 0.0
    for r in range(reps):
        matmul_ikj(a, b, c)
        total += c[r % n, (7 * r) % n]
    for i in range(n):
        for j in range(n):
            total += c[i, j]
    return total


# The benchmark's sizes (bench/array_bench.cpp): parc and Numba print the
# same checksums, and array_bench checks C++ against parc.
print(triad_driver(2000000, 100))
print(stencil_driver(1000, 200))
print(matmul_driver(256, 50))
