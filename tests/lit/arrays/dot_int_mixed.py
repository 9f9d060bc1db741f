# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# expected output: CPython + NumPy
# (recorded by scripts/record-expected.sh with Numba's JIT off: Numba 0.56
# multiplies float arrays of one dtype only, while parc, like NumPy, also
# takes ints, bools and mixed dtypes.)
# np.dot, np.matmul and @ on integer and bool arrays, which run in loops
# that parc generates (ints wrap around as in NumPy; bools give `or` of
# `and`s), and on mixed dtypes, whose result dtype is NumPy's promotion of
# the two (int64 with float64 is float64, float32 with int64 float64,
# float32 with int16 float32, int32 with int32 int32, uint8 with int8
# int16): the operand of the other dtype is converted first, then the
# product runs as for one dtype (on BLAS for floats). Every combination of
# 1-d and 2-d operands, transposed, strided and reversed views, empty
# dimensions, and products inside prange loops and parallel=True functions.
import numpy as np
from numba import njit, prange


@njit
def dot(a, b):
    return np.dot(a, b)


@njit
def matmul(a, b):
    return a @ b


@njit
def np_matmul(a, b):
    return np.matmul(a, b)


@njit(parallel=True)
def row_dots(m, v):
    out = np.zeros(m.shape[0], dtype=np.int64)
    for i in prange(m.shape[0]):
        out[i] = np.dot(m[i], v)
    return out


@njit(parallel=True)
def shifted_product(a, b):
    return np.dot(a, b) + 1


m23 = np.arange(6).reshape(2, 3) - 2
m34 = np.arange(12).reshape(3, 4) * 3 - 7
v3 = np.arange(3) + 1
v2 = np.arange(2) - 4
v4 = np.arange(4) * 2

print("-- int64: shapes")
print(dot(v3, v3), matmul(v3, v3), np_matmul(v3, v3))
print(dot(m23, v3), matmul(m23, v3), np_matmul(m23, v3))
print(dot(v2, m23), matmul(v2, m23), np_matmul(v2, m23))
print(dot(m23, m34))
print(matmul(m23, m34))
print(np_matmul(m23, m34), m23.dot(m34).itemsize)

print("-- int64: transposes, strided and reversed views")
print(dot(m34.T, v3), dot(v4, m34.T))
print(matmul(m34.T, m23.T))
big = np.arange(48).reshape(6, 8) - 20
print(dot(big[::2, ::3], big[1::2, 1:7:2].T))
print(dot(big[::-1, ::-2], big[:4, ::-1]))
print(dot(big[2, ::-2], big[::2, ::2].T), matmul(big[:, 5], big[:, 1:4]), dot(big[::-1, 0], big[:, 7]))

print("-- int64: empty dimensions")
print(dot(np.zeros(0, np.int64), np.zeros(0, np.int64)))
print(dot(np.ones((2, 0), np.int64), np.ones((0, 3), np.int64)))
print(dot(np.ones((0, 3), np.int64), v3).shape, matmul(v3, np.ones((3, 0), np.int64)).shape)
print(matmul(np.ones((0, 3), np.int64), np.ones((3, 2), np.int64)).shape)

print("-- narrower ints wrap around")
i32 = (np.arange(6).reshape(2, 3) + 40000).astype(np.int32)
print(dot(i32, i32.T), dot(i32, i32.T).itemsize)
i8 = (np.arange(4) * 30 + 10).astype(np.int8)
print(dot(i8, i8), matmul(i8.reshape(2, 2), i8.reshape(2, 2)))
u8 = (np.arange(4) * 50).astype(np.uint8)
print(dot(u8, i8), dot(u8.reshape(2, 2), i8[:2]).itemsize, dot(u8, u8))
print(dot(np.arange(3).astype(np.uint64), np.arange(3)))

print("-- bools")
t = np.arange(6).reshape(2, 3) % 2 == 0
u = np.arange(6).reshape(3, 2) % 3 == 0
print(dot(t[0], t[1]), dot(t[0], t[0]), matmul(t, u))
print(dot(t, np.arange(3) > 0), matmul(np.arange(2) > 0, t))
print(dot(t, v3), matmul(v2, t), dot(t.T, np.arange(2) + 0.5))

print("-- mixed dtypes")
f64 = np.arange(6).reshape(2, 3) * 0.5
print(dot(m23, f64.T), matmul(v3, f64.T), dot(f64, v3))
f32 = (np.arange(6) * 0.25).astype(np.float32).reshape(3, 2)
print(dot(v3, f32), dot(v3, f32).itemsize, dot(f32, v3[:2]).itemsize)
print(matmul(f32.T, f64.T), matmul(f32.T, f64.T).itemsize)
i16 = (np.arange(2) + 3).astype(np.int16)
print(dot(f32, i16), dot(f32, i16).itemsize)
print(dot(i32[0], f32[:, 0]), dot(i32[0], f32[:, 0]) + 0.5)
print(dot(np.arange(2, dtype=np.int32), np.arange(2) * 1.5))

print("-- in loops and parallel code")
print(row_dots(big, big[1]))
print(shifted_product(m23, m34))
acc = np.ones((3, 3), dtype=np.int64)
for r in range(4):
    acc = acc @ (np.arange(9).reshape(3, 3) % 3) - r
print(acc)
