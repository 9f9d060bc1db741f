# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Functions that take arrays and return new arrays or views, called from
# module level (with arrays made there) and from other @njit functions.
import numpy as np
from numba import njit


@njit
def scaled(a, s):
    out = np.empty_like(a)
    for i in range(a.size):
        out[i] = a[i] * s
    return out


@njit
def middle(a):
    return a[1:-1]


@njit
def column(m, j):
    return m[:, j]


@njit
def make_grid(rows, cols):
    g = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            g[i, j] = i * 10 + j
    return g


@njit
def fill(a, value):
    for i in range(len(a)):
        a[i] = value


@njit
def pipeline(n):
    a = np.arange(n) * 1.0
    b = scaled(a, 3.0)
    c = middle(b)
    fill(c[::2], -1.0)
    print(b)
    g = make_grid(3, n)
    col = column(g, 2)
    print(col)
    return g


@njit
def sum_of(a):
    s = 0.0
    for x in a:
        s += x
    return s


@njit
def caller(m):
    total = 0.0
    for i in range(m.shape[0]):
        total += sum_of(m[i])
    return total, sum_of(column(m, 0))


@njit
def returns_input(a):
    a[0] = 123
    return a


@njit
def two_arrays(a, b):
    out = np.zeros(len(a))
    for i in range(len(a)):
        out[i] = a[i] - b[i]
    return out


x = np.arange(6) * 0.5
y = scaled(x, 2.0)
print(x)
print(y)
mid = middle(y)
print(mid)
mid[0] = 50.0
print(y)
g = pipeline(5)
print(g)
print(column(g, 4))
print(caller(g))
z = np.zeros(4)
fill(z, 2.5)
print(z)
fill(z[1:3], 7.0)
print(z)
r = returns_input(np.arange(3))
print(r)
print(two_arrays(np.arange(5) * 1.5, np.ones(5)))
w = make_grid(2, 2)
print(w)
print(sum_of(w[1]), sum_of(make_grid(2, 3)[:, 2]))
