# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# sum, argmin and argmax along an axis (the reductions Numba 0.56 takes
# axis= for): as methods and functions, axis= and by position, negative
# axes, an axis known only at run time, 1-d (a scalar), 2-d and 3-d arrays,
# C-contiguous, transposed and strided; int32, uint8, int64, bool, float32
# and float64 (sums are int64, uint64 or the float type); NaN (argmin and
# argmax give the first NaN, sums are NaN); empty arrays. (np.sum of a 1-d
# bool array along axis 0 is True in Numba 0.56, 3 in NumPy and parc: not
# recorded here.)
import numpy as np
from numba import njit


@njit
def sums(a):
    print(a.sum(axis=0), np.sum(a, axis=-1), a.sum(0), np.sum(a, 1))


@njit
def args(a):
    print(a.argmin(axis=0), np.argmax(a, axis=-1), a.argmax(0), np.argmin(a, 1))


@njit
def along(a, k):
    print(a.sum(axis=k))
    print(np.argmin(a, k), a.argmax(axis=k))


@njit
def three_d(a):
    print(a.sum(axis=0))
    print(np.sum(a, axis=1))
    print(a.sum(axis=-1))
    print(a.argmin(axis=1))
    print(np.argmax(a, -3))


@njit
def one_d(v):
    s = v.sum(axis=0)
    i = np.argmin(v, axis=-1)
    j = v.argmax(0)
    print(s, i, j, s + 1)


a2 = ((np.arange(12) * 7) % 10).reshape(3, 4).astype(np.int32)
print(a2)
sums(a2)
args(a2)
sums(a2.T)
args(a2.T)
sums(a2[::2, 1::2])
args(a2[:, ::-1])
sums(a2.astype(np.uint8))
sums(a2 > 4)
sums(a2.astype(np.float32) / 4)
args(a2.astype(np.float32) / 4)
sums(a2 * 0.25)
for k in range(2):
    along(a2.astype(np.int64) - 5, k)

a3 = np.arange(24).reshape(2, 3, 4) % 7
three_d(a3)
three_d(a3 * 0.5)
three_d(a3[:, ::-1, 1:])
three_d(a3.T)
for k in range(3):
    along(a3, k)
    along(a3[:, :, ::2] - 3.5, k)

one_d(np.arange(5))
one_d(np.arange(5.0)[::-2])
one_d((np.arange(7) % 3).astype(np.uint8))
along(np.arange(6.0), 0)

f = np.arange(12.0).reshape(3, 4)
f[0, 1] = np.nan
f[2, 1] = np.nan
f[1, 3] = np.nan
sums(f)
args(f)
three_d(f.reshape(3, 2, 2))

sums(np.zeros((0, 3)))
sums(np.ones((2, 0), dtype=np.int32))
print(np.zeros((3, 0)).argmin(axis=0), np.zeros((0, 3)).argmax(axis=1))
