# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Explicit loop kernels on 2-D arrays: an i-k-j matrix product, a
# matrix-vector product, row normalisation (by sum and by Euclidean length)
# and a transpose copy.
import math
import numpy as np
from numba import njit


@njit
def matmul(a, b):
    n, p = a.shape
    p2, m = b.shape
    c = np.zeros((n, m))
    for i in range(n):
        for k in range(p):
            aik = a[i, k]
            for j in range(m):
                c[i, j] += aik * b[k, j]
    return c


@njit
def matvec(a, x):
    n, m = a.shape
    y = np.zeros(n)
    for i in range(n):
        s = 0.0
        for j in range(m):
            s += a[i, j] * x[j]
        y[i] = s
    return y


@njit
def normalise_rows_sum(m):
    rows, cols = m.shape
    out = np.empty((rows, cols))
    for i in range(rows):
        s = 0.0
        for j in range(cols):
            s += m[i, j]
        for j in range(cols):
            out[i, j] = m[i, j] / s
    return out


@njit
def normalise_rows_l2(m):
    for i in range(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j] * m[i, j]
        norm = math.sqrt(s)
        for j in range(m.shape[1]):
            m[i, j] /= norm


@njit
def transpose_copy(m):
    rows, cols = m.shape
    t = np.zeros_like(m.T)
    for i in range(rows):
        for j in range(cols):
            t[j, i] = m[i, j]
    return t


@njit
def identity(n):
    e = np.zeros((n, n))
    for i in range(n):
        e[i, i] = 1.0
    return e


a = np.arange(6).reshape(2, 3) * 1.0
b = np.arange(12).reshape(3, 4) * 0.5
print(matmul(a, b))
print(matmul(b.T, a.T))
print(matmul(identity(3), b))
sq = (np.arange(9).reshape(3, 3) % 4) * 1.0
print(matmul(sq, sq))
print(matmul(matmul(sq, sq), sq).sum())
print(matvec(b, np.arange(4) * 1.0))
print(matvec(sq, np.ones(3)))
print(normalise_rows_sum(np.arange(1, 7).reshape(2, 3) * 1.0))
print(normalise_rows_sum(np.arange(1, 13).reshape(4, 3)))
m = np.arange(1, 7).reshape(3, 2) * 1.0
normalise_rows_l2(m)
print(m)
print(transpose_copy(np.arange(6).reshape(2, 3)))
print(transpose_copy(np.arange(6).reshape(3, 2) * 0.5))
