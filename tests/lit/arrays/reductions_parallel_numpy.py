# RUN: env PARC_NUM_THREADS=1 %parc run %s > %t.1 && diff %t.1 %s.expected
# RUN: env PARC_NUM_THREADS=2 %parc run %s > %t.2 && diff %t.2 %s.expected
# RUN: env PARC_NUM_THREADS=3 %parc run %s > %t.3 && diff %t.3 %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# expected output: CPython + NumPy
# Reductions along an axis under @njit(parallel=True) (the result's first
# axis is split between the threads), and NaN in parallel whole-array
# min/max/argmin/argmax. Recorded by NumPy: under parallel=True Numba 0.56
# takes axis= only for sum, and its parallel min and max skip NaN. Values are
# chosen so that every sum is exact (the same on 1, 2 and 3 threads).
import numpy as np
from numba import njit


@njit(parallel=True)
def along(a, k):
    print(a.prod(axis=k), a.min(axis=k), a.max(axis=k))
    print(a.argmin(axis=k), a.argmax(axis=k))
    print(a.mean(axis=k), a.var(axis=k), a.std(axis=k))
    print(a.all(axis=k), a.any(axis=k))


@njit(parallel=True)
def along_big(a):
    for k in range(a.ndim):
        print(a.prod(axis=k).sum(), a.min(axis=k).sum(), a.max(axis=k).sum())
        print(a.argmin(axis=k).sum(), a.argmax(axis=k).sum())
        print(a.mean(axis=k).sum(), a.var(axis=k).sum(), a.all(axis=k).sum(), a.any(axis=k).sum())
    print(np.max(a, axis=0)[:4], np.argmin(a, axis=-1)[:4], np.mean(a, 0)[:4])


@njit(parallel=True)
def extremes(a):
    print(a.min(), a.max(), a.argmin(), a.argmax(), a.sum(), a.mean())


n = 1 << 17
# 0.5, 1.0 and 2.0: sums, products, means and variances are all exact
v = np.arange(n).reshape(512, 256) % 3
m = 0.5 * (1 + v + v * (v - 1) // 2)
along(m[:6, :5], 0)
along(m[:6, :5].T, 1)
along((np.arange(60).reshape(3, 4, 5) % 7).astype(np.int32), -2)
along(np.arange(60).reshape(3, 4, 5) % 3 == 0, 2)
along_big(m)
along_big(m.reshape(64, 8, 256)[:, :, ::2])
along_big((np.arange(n).reshape(256, 512) % 9).astype(np.uint8))
x = np.arange(n) * 0.25
extremes(x)
x[70_001] = np.nan
extremes(x)
x[100] = np.nan
extremes(x)
