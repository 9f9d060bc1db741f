# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.dot, a @ b and a.dot(b) on float64 arrays, which run on OpenBLAS:
# every combination of 1-d and 2-d operands (vector . vector is a scalar,
# matrix . vector and vector . matrix are vectors, matrix . matrix a
# matrix), C-contiguous operands, transposed views (.T, which BLAS takes
# with its transpose flag, no copy), views with other strides (a step in
# both axes: copied first), reversed views (negative strides), rows and
# columns of matrices as vectors, empty dimensions, products of products,
# large enough products for OpenBLAS to use its threads, and np.dot inside
# a prange loop and a parallel=True function. The values are small
# integers (or halves), so every sum is exact whatever the order.
import numpy as np
from numba import njit, prange


@njit
def dot(a, b):
    return np.dot(a, b)


@njit
def matmul(a, b):
    return a @ b


@njit
def method(a, b):
    return a.dot(b)


@njit
def chain(a, b, c):
    return (a @ b) @ c + np.dot(a, b @ c)


@njit
def gram(a):
    return a.T @ a, a @ a.T


@njit(parallel=True)
def row_dots(m, v):
    out = np.empty(m.shape[0])
    for i in prange(m.shape[0]):
        out[i] = np.dot(m[i], v)
    return out


@njit(parallel=True)
def scaled_product(a, b):
    return np.dot(a, b) * 0.5 + 1.0


@njit
def repeated(n):
    a = np.ones((n, n))
    total = 0.0
    for r in range(5):
        a = a @ np.full((n, n), 0.5) + r
        total += a[r, n - 1 - r]
    return total


m23 = np.arange(6.0).reshape(2, 3)
m34 = np.arange(12.0).reshape(3, 4) - 5.0
v3 = np.arange(3.0) * 0.5 - 1.0
v2 = np.arange(2.0) + 1.0
v4 = np.arange(4.0) - 1.5

print("-- shapes: np.dot, @, a.dot(b)")
print(dot(v3, v3), matmul(v3, v3), method(v3, v3))
print(dot(m23, v3), matmul(m23, v3), method(m23, v3))
print(dot(v2, m23), matmul(v2, m23), method(v2, m23))
print(dot(m23, m34).shape, matmul(m23, m34).shape, method(m23, m34).shape)
print(dot(m23, m34))
print(matmul(m23, m34))
print(method(m23, m34))

print("-- transposes (no copy)")
print(dot(m34.T, v3), dot(v4, m34.T))
print(dot(m34.T, m23.T))
print(matmul(m23.T, m23))
print(matmul(m23, m23.T))
g1, g2 = gram(m34)
print(g1)
print(g2)

# Module-level code runs in CPython without Numba: the views below would
# make Numba warn (NumbaPerformanceWarning) inside a jitted function.
print("-- strided and reversed views")
big = np.arange(48.0).reshape(6, 8) * 0.5
print(np.dot(big[::2, ::3], big[1::2, 1:7:2].T))
print(np.dot(big[::2, ::2], v4), np.dot(big[::2, 0], big[::2, ::2]))
print(np.dot(big[::-1, ::-2], big[:4, ::-1]))
print(np.dot(v3[::-1], v3), big[2, :6] @ big[:, 3], big[2, ::-2] @ big[::2, ::2].T @ big[::2])
print(np.dot(big[:, 5], big[:, 1:4]), big[:, 5] @ big[:, 1:4] @ big[1:4, 6])
print(big.T[::2] @ big[:, ::3])

print("-- empty dimensions")
print(dot(np.zeros(0), np.zeros(0)))
print(dot(np.ones((2, 0)), np.ones((0, 3))))
print(dot(np.ones((0, 3)), np.ones((3, 2))).shape, dot(np.ones((2, 3)), np.ones((3, 0))).shape)
print(dot(np.ones((0, 3)), v3).shape, dot(v3, np.ones((3, 0))).shape)
print(dot(np.ones((4, 0)), np.zeros(0)), dot(np.zeros(0), np.ones((0, 2))))

print("-- larger")
n = 150
a = (np.arange(n * n) % 7).reshape(n, n) - 3.0
b = (np.arange(n * n) % 5).reshape(n, n) * 0.5
c = matmul(a, b)
print(c.sum(), c[0, 0], c[n - 1, n - 2], c.min(), c.max())
ct = matmul(a.T, b.T)
print(ct.sum(), ct[3, 4])
x = (np.arange(100000) % 9) - 4.0
print(dot(x, x), np.dot(x, x[::-1]))
print(np.dot(a, b[:, 7]).sum(), dot(a[11], b).sum())

print("-- composed, in loops, in parallel code")
print(chain(m23, m34, v4))
print(row_dots(big, big[0]))
print(scaled_product(m23, m34))
print(repeated(6))
