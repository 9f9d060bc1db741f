# The parallel benchmark kernels: seven `prange` loops and one fused array
# expression that bench/parallel_bench.cpp runs through the JIT at 1 and 2 threads, side by
# side with the same algorithms in C++/OpenMP
# (bench/reference/parallel_kernels.cpp). The same file runs under CPython +
# Numba (bench/numba_parallel.py times it there) and prints the same
# checksums.
#
# As in bench/array_kernels.py, each kernel is an ordinary function on
# arrays, and each driver takes only numbers (parc's array descriptors are
# not a C ABI): it makes its arrays, fills them (in parallel too, so that
# their pages are first touched by the threads that use them), runs the
# kernel `reps` times and returns a checksum. The C++ drivers allocate,
# fill, loop and sum in the same way.
#
# Making and filling fresh arrays (page faults included) costs as much as
# 20 to 50 kernel runs, so the harnesses time each driver twice, with
# `reps` and with 0 (Mandelbrot: max_iter 0), and report the difference:
# the time of the kernel calls. Numba cannot call time.perf_counter, so the
# drivers do not time themselves. The checksum work inside the repetition
# loop is one element a repetition; the rest is summed once, afterwards.
#
# The inputs are chosen so that checksums are exact where the loops can
# compute them exactly: the dot product's terms are multiples of 1/8 and its
# sums stay far below 2**53, so any summation order gives the same number;
# the other kernels write arrays that the drivers sum serially. Only the
# n-body and Black-Scholes checksums go through sqrt/exp/log/erf, whose
# vector (libmvec) and scalar forms may differ in the last bits (n-body's
# sqrt and division are correctly rounded, so it agrees in practice).
import math

import numpy as np
from numba import njit, prange


# ------------------------------------------------------------ STREAM triad

@njit(parallel=True)
def triad(a, b, c, s):
    for i in prange(a.shape[0]):
        a[i] = b[i] + s * c[i]


@njit(parallel=True)
def triad_driver(n, reps):
    a = np.empty(n)
    b = np.empty(n)
    c = np.empty(n)
    for i in prange(n):
        a[i] = 0.0
        b[i] = i % 1000 * 0.001
        c[i] = i % 7 * 0.5
    for r in range(reps):
        triad(a, b, c, 1.0 + r * 0.25)
    total = 0.0
    for i in range(n):
        total += a[i]
    return total


# ------------------------------------------------------ dot-product reduction

@njit(parallel=True)
def dot(a, b):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit(parallel=True)
def dot_driver(n, reps):
    a = np.empty(n)
    b = np.empty(n)
    for i in prange(n):
        a[i] = i % 16 * 0.25
        b[i] = i % 9 * 0.5 - 1.5
    total = 0.0
    for r in range(reps):
        total += dot(a, b)
    return total


# -------------------------------------------------------------- Mandelbrot
# Escape-time iteration counts over [-2, 1] x [-1.2, 1.2]; rows near the
# set's centre cost up to max_iter iterations a pixel, rows at the edge a
# few: the work is imbalanced between rows.

@njit(parallel=True)
def mandelbrot(counts, max_iter):
    h, w = counts.shape
    for y in prange(h):
        ci = -1.2 + 2.4 * y / h
        for x in range(w):
            cr = -2.0 + 3.0 * x / w
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                k += 1
            counts[y, x] = k


@njit
def mandelbrot_driver(n, max_iter):
    counts = np.empty((n, n * 3 // 2), dtype=np.int64)
    mandelbrot(counts, max_iter)
    total = 0
    for y in range(counts.shape[0]):
        for x in range(counts.shape[1]):
            total += counts[y, x]
    return total


# --------------------------------------------------- n-body potential, O(n^2)

@njit(parallel=True)
def potential(x, y, z, pot, eps):
    n = x.shape[0]
    for i in prange(n):
        s = 0.0
        for j in range(n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            s += 1.0 / math.sqrt(dx * dx + dy * dy + dz * dz + eps)
        pot[i] = s


@njit(parallel=True)
def nbody_driver(n, reps):
    x = np.empty(n)
    y = np.empty(n)
    z = np.empty(n)
    pot = np.empty(n)
    for i in prange(n):
        x[i] = i * 37 % 101 * 0.01
        y[i] = i * 53 % 103 * 0.01
        z[i] = i * 71 % 107 * 0.01
        pot[i] = 0.0
    total = 0.0
    for r in range(reps):
        potential(x, y, z, pot, 0.01 + r * 0.001)
        total += pot[r % n]
    for i in range(n):
        total += pot[i]
    return total


# ------------------------------------------- 2-D five-point Jacobi stencil

@njit(parallel=True)
def jacobi_sweep(u, out):
    n, m = u.shape
    for i in prange(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])


@njit(parallel=True)
def stencil_driver(n, sweeps):
    u = np.empty((n, n))
    out = np.empty((n, n))
    for i in prange(n):
        for j in range(n):
            v = (i * 7 + j * 3) % 10 * 0.1
            if i == 0:
                v = 0.5
            if j == 0:
                v = 1.0
            u[i, j] = v
            out[i, j] = v
    for s in range(sweeps):
        jacobi_sweep(u, out)
        u, out = out, u
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += u[i, j]
    return total


# --------------------------------------------------- i-k-j matrix product

@njit(parallel=True)
def matmul_ikj(a, b, c):
    n, p = a.shape
    m = b.shape[1]
    for i in prange(n):
        for j in range(m):
            c[i, j] = 0.0
        for k in range(p):
            for j in range(m):
                c[i, j] += a[i, k] * b[k, j]


@njit(parallel=True)
def matmul_driver(n, reps):
    a = np.empty((n, n))
    b = np.empty((n, n))
    c = np.empty((n, n))
    for i in prange(n):
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


# ------------------------------------------------------------ Black-Scholes
# European call prices; the normal CDF is 0.5 * (1 + erf(x / sqrt(2))).

@njit(parallel=True)
def black_scholes(price, strike, years, rate, vol, call):
    for i in prange(price.shape[0]):
        s = price[i]
        k = strike[i]
        t = years[i]
        root = vol * math.sqrt(t)
        d1 = (math.log(s / k) + (rate + 0.5 * vol * vol) * t) / root
        d2 = d1 - root
        n1 = 0.5 + 0.5 * math.erf(d1 * 0.7071067811865476)
        n2 = 0.5 + 0.5 * math.erf(d2 * 0.7071067811865476)
        call[i] = s * n1 - k * math.exp(-rate * t) * n2


@njit(parallel=True)
def black_scholes_driver(n, reps):
    price = np.empty(n)
    strike = np.empty(n)
    years = np.empty(n)
    call = np.empty(n)
    for i in prange(n):
        price[i] = 50.0 + i % 101 * 0.5
        strike[i] = 40.0 + i % 89 * 0.75
        years[i] = 0.25 + i % 13 * 0.125
        call[i] = 0.0
    total = 0.0
    for r in range(reps):
        black_scholes(price, strike, years, 0.02 + r * 0.001, 0.3, call)
        total += call[r % n]
    for i in range(n):
        total += call[i]
    return total


# ---------------------------------------------------- fused array expression
# No loop in the kernel: under parallel=True the whole expression is one
# fused parallel loop writing one new array (no temporaries), as Numba's
# parfors make it. The result is allocated on every call, as NumPy would,
# and its pages are first touched by the parallel loop that fills it.

@njit(parallel=True)
def magnitude(x, y, z, s):
    return np.sqrt(x * x + y * y + z * z) * s + 1.0


@njit(parallel=True)
def array_expr_driver(n, reps):
    x = np.empty(n)
    y = np.empty(n)
    z = np.empty(n)
    for i in prange(n):
        x[i] = i % 11 * 0.5 - 2.5
        y[i] = i % 13 * 0.25
        z[i] = i % 7 * 0.75 - 1.5
    # One call outside the timed repetitions (the run with reps=0 makes it
    # too), so that `out` exists for the checksum.
    out = magnitude(x, y, z, 0.5)
    total = 0.0
    for r in range(reps):
        out = magnitude(x, y, z, 0.5 + r * 0.25)
        total += out[r % n]
    for i in range(n):
        total += out[i]
    return total


# The benchmark's sizes (bench/parallel_bench.cpp uses the same, and
# bench/numba_parallel.py reads them from these lines): parc and Numba print
# the same checksums (up to the last bits for Black-Scholes, whose erf, exp
# and log parc takes from libmvec).
print(triad_driver(2000000, 50))
print(dot_driver(4000000, 50))
print(mandelbrot_driver(400, 200))
print(nbody_driver(3000, 2))
print(stencil_driver(1000, 150))
print(matmul_driver(320, 20))
print(black_scholes_driver(1000000, 4))
print(array_expr_driver(2000000, 50))
