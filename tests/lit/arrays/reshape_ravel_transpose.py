# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# a.reshape (tuple and separate arguments), a.ravel(), a.flatten(), a.T and
# np.transpose(a) of 2-D arrays, a.astype(dtype).
import numpy as np
from numba import njit


@njit
def reshapes(n):
    a = np.arange(n)
    print(a.reshape((2, n // 2)))
    print(a.reshape(n // 2, 2))
    print(a.reshape((3, 2, 2)))
    print(a.reshape(2, 3, 2))
    print(a.reshape((n,)))
    print(a.reshape((1, n)))
    print(a.reshape(n, 1).shape)


@njit
def reshape_is_view():
    a = np.zeros(6)
    m = a.reshape(2, 3)
    m[1, 2] = 5.0
    print(a)
    a[0] = -1.0
    print(m)


@njit
def flat(m):
    r = m.ravel()
    f = m.flatten()
    print(r)
    print(f)
    f[0] = 99
    print(m[0, 0])
    print(m.T.ravel())
    print(m.T.flatten())
    print(m.reshape(m.size).ravel())


@njit
def transposes(m):
    t = m.T
    print(t)
    print(np.transpose(m))
    print(t.shape, m.shape)
    print(t[0, 1], m[1, 0])
    t[2, 0] = -7
    print(m)


@njit
def conversions(a):
    print(a.astype(np.int32))
    print(a.astype(np.float32))
    print(a.astype(np.bool_))
    print(a.astype(np.float64))
    print(a.astype(np.int64))
    print(np.abs(a).astype(np.uint8))


reshapes(12)
reshape_is_view()
flat(np.arange(6).reshape(2, 3))
flat(np.arange(8.0).reshape(4, 2))
transposes(np.arange(6).reshape(2, 3))
transposes(np.arange(6.0).reshape(2, 3) * 0.5)
conversions(np.arange(-2.0, 3.0) * 1.75)
conversions(np.arange(4))
conversions(np.arange(3) > 0)

# Module level.
m = np.arange(12).reshape(3, 4)
print(m)
print(m.T)
print(np.transpose(m))
print(m.ravel())
print(m.flatten())
print(m.reshape(4, 3))
print(m.astype(np.float64))
