# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Explicit loop kernels: the STREAM triad a[i] = b[i] + s * c[i], a 1-D
# three-point smoother and a 2-D five-point stencil (Jacobi sweeps).
import numpy as np
from numba import njit


@njit
def triad(a, b, c, s):
    for i in range(len(a)):
        a[i] = b[i] + s * c[i]


@njit
def triad_new(b, c, s):
    a = np.empty_like(b)
    triad(a, b, c, s)
    return a


@njit
def smooth(x):
    y = x.copy()
    for i in range(1, len(x) - 1):
        y[i] = (x[i - 1] + 2.0 * x[i] + x[i + 1]) / 4.0
    return y


@njit
def jacobi_step(u, v):
    n, m = u.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])


@njit
def jacobi(n, steps):
    u = np.zeros((n, n))
    u[0, :] = 1.0
    u[:, 0] = 0.5
    v = u.copy()
    for s in range(steps):
        jacobi_step(u, v)
        u[:, :] = v
    return u


@njit
def summary(u):
    return u.sum(), u[2, 2], u[3, 1], u.max()


@njit
def laplacian(u):
    n, m = u.shape
    out = np.zeros((n, m))
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4 * u[i, j]
    return out


n = 8
b = np.arange(n) * 1.0
c = np.ones(n) * 0.5
a = np.zeros(n)
triad(a, b, c, 3.0)
print(a)
print(triad_new(b, c, -2.0))
print(triad_new(np.arange(n, dtype=np.float32), np.ones(n, dtype=np.float32), 0.25))
triad(a[::2], b[1::2], c[::2], 10.0)
print(a)

x = np.zeros(9)
x[4] = 16.0
for k in range(3):
    x = smooth(x)
    print(x)

u = jacobi(6, 1)
print(u)
u = jacobi(6, 10)
print(u)
print(summary(u))

g = np.arange(25).reshape(5, 5) % 4 * 1.0
print(g)
print(laplacian(g))
print(laplacian(g * g).sum())
