# RUN: env PARC_NUM_THREADS=1 %parc run %s > %t.1 && diff %t.1 %s.expected
# RUN: env PARC_NUM_THREADS=2 %parc run %s > %t.2 && diff %t.2 %s.expected
# RUN: env PARC_NUM_THREADS=3 %parc run %s > %t.3 && diff %t.3 %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: %parc emit --llvm %s | FileCheck %s
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Under @njit(parallel=True), whole-array reductions run in chunks on the
# runtime's threads (their partial results combined in chunk order) and
# reductions along an axis split the result's first axis. The arrays are
# big enough to be cut into chunks, and their values are chosen so that
# every sum is exact: the order of the additions does not matter, and the
# output is the same on 1, 2 and 3 threads. (Under parallel=True Numba 0.56
# takes axis= only for sum, and fails on argmax of a bool array; the other
# reductions along an axis are in reductions_parallel_numpy.py.)
# CHECK-DAG: define internal void @whole{{.*}}.reduce(
# CHECK-DAG: define internal void @along{{.*}}.parallel(
import numpy as np
from numba import njit


@njit(parallel=True)
def whole(a):
    print(a.sum(), a.prod(), a.min(), a.max(), a.argmin(), a.argmax())
    print(a.mean(), a.var(), a.std(), a.all(), a.any())
    print(np.sum(a), np.prod(a), np.amin(a), np.amax(a), np.mean(a))


@njit(parallel=True)
def truths(a):
    # (argmax of a bool array fails in Numba 0.56 under parallel=True)
    print(a.sum(), a.all(), a.any(), np.all(a), np.any(a))


@njit(parallel=True)
def along(a, k):
    print(a.sum(axis=k), a.sum())


@njit(parallel=True)
def along_constant(a):
    s = a.sum(axis=0)
    t = np.sum(a, axis=-1)
    print(s.shape, s[:4], s[-3:], s.sum())
    print(t.shape, t[:4], t[-3:], t.sum())


n = 1 << 17
# -31.5 .. 31.5 over and over: the mean is 0 and every partial sum exact.
sym = np.arange(n) % 64 - 31.5
whole(sym)
whole((np.arange(3 * n) % 64 - 31.5)[::3])
whole(sym.reshape(512, 256))
whole(sym.reshape(512, 256).T)
# ints wrap around in prod, the same in any order
whole((np.arange(n) % 7 + 1).astype(np.int32))
whole(np.arange(n, dtype=np.uint16) % 100)
truths(np.arange(n) % 5 != 0)
truths(np.arange(n) > n - 10)
truths(np.arange(n) >= 0)
# a product that is an exact power of two, a unique smallest and largest
ones = np.ones(n)
ones[::4096] = 2.0
ones[1000] = 0.5
ones[99_999] = 4.0
whole(ones)
# one extreme in the last chunk
last = np.zeros(n, dtype=np.int64)
last[n - 2] = -5
last[n - 3] = 7
whole(last)

m = (np.arange(n).reshape(512, 256) % 13) * 0.5
along_constant(m)
along_constant(m.T)
along_constant((np.arange(n).reshape(256, 512) % 11).astype(np.int32))
along(m[:8, :6], 0)
along(m[:8, :6], 1)
along(m.reshape(64, 8, 256)[:, :, :5], 1)
along(m.reshape(64, 8, 256)[:3], 2)
along(m.reshape(64, 8, 256)[:, :3, :4], 0)
