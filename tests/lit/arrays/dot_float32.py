# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.dot and @ on float32 arrays run on OpenBLAS's single-precision routines
# (sdot, sgemv, sgemm) and give float32 results: a float32 scalar for
# vector . vector, float32 arrays otherwise. Every combination of 1-d and
# 2-d operands, transposed and strided views, empty dimensions. The values
# are small multiples of 1/4, so every sum is exact in float32.
import numpy as np
from numba import njit


@njit
def dot(a, b):
    return np.dot(a, b)


@njit
def matmul(a, b):
    return a @ b


@njit
def products(a, b, v):
    s = np.dot(v, v)
    return s, s * np.float32(0.1), a @ b, a @ v[:3], v[:2] @ a


m23 = (np.arange(6) * 0.25).astype(np.float32).reshape(2, 3)
m34 = (np.arange(12) - 5).astype(np.float32).reshape(3, 4)
v3 = np.arange(3).astype(np.float32) * np.float32(0.5)
v4 = np.arange(4).astype(np.float32) - np.float32(1.5)
v2 = np.arange(2).astype(np.float32) * np.float32(-0.75)

print("-- shapes")
print(dot(v3, v3), matmul(v3, v3), dot(v4, v4))
print(dot(m23, v3), matmul(m23, v3))
print(dot(v2, m23), matmul(v2 + np.float32(1.0), m23))
print(dot(m23, m34))
print(matmul(m23, m34))
s, s01, p, q, r = products(m23, m34, v4)
print(s, s01)
print(p)
print(q, r)

print("-- transposes")
print(dot(m34.T, v3), dot(v3, m34))
print(matmul(m34.T, m23.T))
print(matmul(m23.T, m23))

print("-- strided and reversed views (module level: plain NumPy under CPython)")
big = (np.arange(48) * 0.5).astype(np.float32).reshape(6, 8)
print(np.dot(big[::2, ::3], big[1::2, 1:7:2].T))
print(big[::-1, 1] @ big[::-1, ::-3], big[1, ::2] @ big[::2, ::-2].T)

print("-- empty dimensions")
print(dot(np.zeros(0, np.float32), np.zeros(0, np.float32)))
print(dot(np.ones((2, 0), np.float32), np.ones((0, 2), np.float32)))
print(matmul(np.ones((0, 3), np.float32), np.ones(3, np.float32)).shape)

print("-- larger")
n = 120
a = ((np.arange(n * n) % 7) - 3).astype(np.float32).reshape(n, n)
b = ((np.arange(n * n) % 5) * 0.5).astype(np.float32).reshape(n, n)
c = matmul(a, b)
print(c.sum(), c[0, 0], c[n - 1, n - 2])
print(dot(a[0], b[0]), (a.T @ b[:, 1]).sum())
