# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Slice assignment of a scalar or of an array of the same shape:
# a[1:5] = 0.0, a[:] = b, a[::-1] = b, m[1, :] = 7, m[:, 0] = values, with
# values converted to the target dtype.
import numpy as np
from numba import njit


@njit
def scalar_slice_assign(n):
    a = np.arange(n) * 0.5
    a[1:5] = 0.0
    print(a)
    a[::2] = -1.0
    print(a)
    a[-2:] = 8
    print(a)
    a[:] = 3.25
    print(a)
    a[5:100] = 1.0
    print(a)


@njit
def array_slice_assign(a, b):
    a[:] = b
    print(a)
    a[1:4] = b[5:8]
    print(a)
    a[::2] = b[:5]
    print(a)
    a[::-1] = b
    print(a)


@njit
def matrix_slice_assign(m, values):
    m[1, :] = 7
    print(m)
    m[:, 0] = values
    print(m)
    m[:, -1] = m[:, 1]
    print(m)
    m[2, 1:] = values[::-1]
    print(m)
    m[0:2, 1:3] = -1
    print(m)
    m[:, :] = 0
    print(m)


@njit
def mixed_dtype_assign():
    f = np.zeros(4)
    f[:] = np.arange(4, dtype=np.int32)
    print(f)
    i = np.zeros(4, dtype=np.int64)
    i[:] = (np.arange(4) * 1.75).astype(np.int64)  # a float array needs .astype() (tests/lit/errors: array_float_into_int.py)
    print(i)
    u = np.zeros(3, dtype=np.uint8)
    u[:] = 250
    print(u)


scalar_slice_assign(8)
array_slice_assign(np.zeros(10), np.arange(10) * 1.5)
array_slice_assign(np.zeros(10, dtype=np.int32), np.arange(10, dtype=np.int32) + 100)
matrix_slice_assign(np.arange(12).reshape(3, 4), np.arange(3) * 10)
mixed_dtype_assign()

# Module level.
a = np.zeros(6)
a[:2] = 1.0
a[3:] = np.arange(3) * 0.5
print(a)
m = np.zeros((3, 3))
m[1, :] = 7.0
m[:, 2] = np.arange(3) * 2.0
print(m)
a[:] = np.arange(6) * 2.0
print(a)
