# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.cumsum / a.cumsum() and np.cumprod / a.cumprod(): the running sums and
# products of the flattened array (C order, whatever the strides), a new
# 1-d array; ints and bools give int64 (uint64 for unsigned ints), floats
# their own type. A NaN stays in every later sum. Also under parallel=True
# (where they run serially) and of empty arrays.
import numpy as np
from numba import njit


@njit
def cum(a):
    print(np.cumsum(a), a.cumsum())
    print(np.cumprod(a), a.cumprod())


@njit(parallel=True)
def cum_parallel(a):
    s = a.cumsum()
    p = np.cumprod(a)
    print(s.shape, s[-1], s[: 3], p[-1], a.sum())


cum(np.arange(1, 7, dtype=np.int32).reshape(2, 3))
cum(np.arange(1, 7, dtype=np.uint8).reshape(3, 2).T)
cum(np.arange(6) % 2 == 0)
cum(np.arange(1, 7).astype(np.float32) / np.float32(2))
x = np.arange(1, 9) * 0.5
x[3] = np.nan
cum(x)
cum(np.arange(24).reshape(2, 3, 4)[:, ::2, 1::2] + 1)
cum(-np.arange(5)[::-1])
cum(np.zeros(0))
cum(np.zeros((2, 0), dtype=np.int64))
cum_parallel(np.arange(100_000) % 3 - 1)
cum_parallel(np.ones(50_000))
