# The on-disk cache's benchmark script (bench/cache_bench.py runs it): four
# parallel kernels from bench/parallel_kernels.py (a prange reduction,
# Mandelbrot's uneven rows, the Jacobi stencil, Black-Scholes with libmvec's
# erf/exp/log), with their drivers, all @njit(cache=True), at small sizes so
# that compiling, not running, is most of a cold `parc run`.
import math

import numpy as np
from numba import njit, prange


@njit(parallel=True, cache=True)
def dot(a, b):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit(parallel=True, cache=True)
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


@njit(parallel=True, cache=True)
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


@njit(cache=True)
def mandelbrot_driver(n, max_iter):
    counts = np.empty((n, n * 3 // 2), dtype=np.int64)
    mandelbrot(counts, max_iter)
    total = 0
    for y in range(counts.shape[0]):
        for x in range(counts.shape[1]):
            total += counts[y, x]
    return total


@njit(parallel=True, cache=True)
def jacobi_sweep(u, out):
    n, m = u.shape
    for i in prange(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])


@njit(parallel=True, cache=True)
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


@njit(parallel=True, cache=True)
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


@njit(parallel=True, cache=True)
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


print(dot_driver(100000, 3))
print(mandelbrot_driver(60, 50))
print(stencil_driver(100, 5))
print(black_scholes_driver(10000, 2))
