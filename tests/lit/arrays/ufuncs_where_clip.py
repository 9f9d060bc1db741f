# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.where(cond, x, y) picks x's element where cond is true (non-zero), else
# y's; its dtype is NumPy's promotion of x and y (a Python int counts as
# int64: float32 with 1 is float64). np.clip(a, lo, hi) is
# np.minimum(np.maximum(a, lo), hi) kept in a's dtype (as Numba: an int
# array clipped to 1.5 holds 1), NaN stays NaN, and bounds may be arrays
# that broadcast. Under parallel=True both run in the fused parallel loop.
# Numba broadcasts neither np.where's arguments against each other nor
# parallel operands, so those cases run in module-level code (NumPy's).
import numpy as np
from numba import njit


@njit
def where(c, x, y):
    r = np.where(c, x, y)
    print(r, r.itemsize)


@njit
def clip(a, lo, hi):
    r = np.clip(a, lo, hi)
    print(r, r.itemsize)


@njit
def relu_scaled(x):
    return np.where(x > 0, x, 0.1 * x) + np.clip(x, -1.0, 1.0)


@njit(parallel=True)
def relu_parallel(x, lo, hi):
    return np.clip(np.where(x > 0, x, -x), lo, hi) * 2.0


@njit
def clip_columns(m, lo, hi):
    return np.clip(m, lo, hi)


x = np.arange(-3.0, 4.0)
where(x > 0, x, -x)
where(x > 0, x, 0)
where(x > 0, 1, 0)
where(x > 0, 1.5, -1)
where(np.arange(7) % 3, np.arange(7), -1)
where(x > 0, np.arange(7, dtype=np.int32), np.arange(0, 70, 10, dtype=np.int32))
where(x > 0, np.arange(7, dtype=np.float32), 1)
where(x > 0, np.arange(7, dtype=np.int8), 100)
where(x > 0, np.arange(7, dtype=np.uint64), np.arange(7))
where(np.arange(6).reshape(2, 3) % 2 == 0, np.zeros((2, 3)), np.arange(6.0).reshape(2, 3)[:, ::-1])
clip(np.arange(6), 1, 3)
clip(np.arange(6), 1.5, 3)
clip(np.arange(6.0), 1, 3)
clip(np.arange(6, dtype=np.int32), 1, 3)
clip(np.arange(6, dtype=np.uint8), 1, 3)
clip(np.arange(6, dtype=np.float32), 0.5, 3.25)
clip(np.arange(6.0), 4, 1)
clip(np.arange(6.0), np.arange(6.0) - 1.0, 2.0)
nan = np.arange(4.0)
nan[1] = np.nan
clip(nan, 1.0, 2.0)
print(relu_scaled(x))
print(relu_scaled(np.arange(-2.0, 2.0).reshape(2, 2)))
print(relu_parallel(np.arange(-4.0, 4.0).reshape(2, 4), 0.5, 3.0))
print(clip_columns(np.arange(6.0).reshape(2, 3), np.arange(1.0, 4.0), 4.0))
# module level: NumPy broadcasts np.where's operands, and so does parc
print(np.where(np.arange(3).reshape(3, 1) > np.arange(4), np.arange(4.0), -np.arange(3.0).reshape(3, 1)))
print(np.clip(np.arange(12.0).reshape(3, 4), np.arange(3.0).reshape(3, 1) * 4, 5.5))
