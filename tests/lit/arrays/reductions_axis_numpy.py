# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# expected output: CPython + NumPy
# prod, min, max, mean, std, var, all and any along an axis. Numba 0.56
# rejects axis= for these, so the expected output is NumPy's; the result
# types are NumPy's too (as for the whole array: prod is int64 for signed
# ints and bool, uint64 for unsigned; mean, var and std float64 for ints,
# the float type for floats). Methods and functions, axis= and by position,
# negative axes, an axis known only at run time; 1-d (a scalar), 2-d and
# 3-d arrays, transposed and strided; NaN propagates through min and max
# (and sums); a product along an empty axis is 1. The values keep every
# sum exact (NumPy adds long float runs pairwise, parc one after another).
import numpy as np
from numba import njit


@njit
def stats(a, k):
    print(a.prod(axis=k), a.min(axis=k), a.max(axis=k))
    print(a.mean(axis=k), a.std(axis=k), a.var(axis=k))
    print(a.all(axis=k), a.any(axis=k))


@njit
def stats_constant(a):
    print(np.prod(a, axis=0), np.amin(a, axis=-1), np.max(a, 1), np.min(a, axis=0))
    print(np.mean(a, axis=0), np.std(a, -1), np.var(a, axis=1))
    print(np.all(a, axis=0), np.any(a, 1), a.max(-2), np.amax(a, axis=-1))


@njit
def one_d(v):
    print(v.prod(axis=0), v.min(axis=-1), np.max(v, 0), v.mean(axis=0), np.var(v, -1))
    print(v.all(axis=0), np.any(v, axis=0))


a2 = ((np.arange(12) * 7) % 10).reshape(3, 4).astype(np.int32)
stats_constant(a2)
stats_constant(a2.T)
stats_constant(a2[::2, ::-1])
stats_constant(a2 * 0.5)
stats_constant(a2.astype(np.uint8))
stats_constant(a2.astype(np.float32) * np.float32(0.25))
stats_constant(a2 > 4)
for k in range(-2, 2):
    stats(a2 - 4, k)

a3 = np.arange(24).reshape(2, 3, 4) % 5 + 1
for k in range(-3, 3):
    stats(a3, k)
    stats(a3[:, ::-1, 1:] * 0.25, k)
    stats(a3.T % 3 == 0, k)

one_d(np.arange(1, 6))
one_d(np.arange(8.0)[::-2] - 3.0)

f = np.arange(12.0).reshape(3, 4)
f[0, 1] = np.nan
f[2, 1] = np.nan
f[1, 3] = np.nan
stats_constant(f)
stats(f, 0)
stats(f.reshape(3, 2, 2), 2)

print(np.ones((2, 0)).prod(axis=1), np.zeros((0, 3), dtype=np.int32).prod(axis=0))
print(np.ones((0, 3)).max(axis=1), np.ones((3, 0)).all(axis=1), np.ones((3, 0)).any(axis=1))
