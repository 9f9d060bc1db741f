# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Whole-array reductions (no axis) of float64 and float32 arrays, 1-D and 2-D,
# with NaN and infinities: sum prod min max mean std var median argmin argmax
# all any. float32 results print as the float64 they widen to.
import numpy as np
from numba import njit


@njit
def stats(a):
    print(a.sum(), a.prod(), a.min(), a.max())
    print(a.mean(), a.std(), a.var(), np.median(a))
    print(a.argmin(), a.argmax(), a.all(), a.any())


@njit
def stats_functions(a):
    print(np.sum(a), np.prod(a), np.min(a), np.max(a))
    print(np.mean(a), np.std(a), np.var(a), np.median(a))
    print(np.argmin(a), np.argmax(a), np.all(a), np.any(a))


@njit
def with_nan(n, pos):
    a = np.arange(n) * 1.5
    a[pos] = np.nan
    print(a.min(), a.max(), a.argmin(), a.argmax())
    # np.median of an array holding NaN is NaN in parc (as NumPy); Numba's
    # answer depends on where the NaN is, so it is not recorded here.
    print(a.sum(), a.mean(), a.all(), a.any())


@njit
def with_nan_f32(n, pos):
    a = np.arange(n, dtype=np.float32)
    a[pos] = np.nan
    print(a.min(), a.max(), a.argmin(), a.argmax(), np.median(a))


@njit
def with_inf():
    a = np.zeros(4)
    a[1] = np.inf
    a[3] = -np.inf
    print(a.min(), a.max(), a.argmin(), a.argmax(), a.sum())
    a[0] = np.inf
    a[3] = np.inf
    print(a.min(), a.argmin(), a.mean())


@njit
def zeros_and_nan_truth():
    a = np.zeros(3)
    print(a.all(), a.any())
    a[1] = -0.0
    print(a.all(), a.any())
    a[2] = np.nan
    print(a.all(), a.any())


@njit
def inexact(n):
    a = np.arange(n) * 0.1
    print(a.sum(), a.mean(), a.std(), a.var(), np.median(a))
    f = np.arange(n, dtype=np.float32) * np.float32(0.1)
    print(f.sum(), f.mean(), f.std(), f.var(), np.median(f))


stats(np.arange(1, 7) * 0.5)
stats(np.arange(-2.0, 2.0, 0.5))
stats(np.arange(6.0).reshape(2, 3))
stats(np.arange(1, 5, dtype=np.float32))
stats(np.arange(12.0).reshape(3, 4)[::2, 1:])
stats_functions(np.arange(1, 7) * 0.25)
stats_functions(np.arange(8, dtype=np.float32).reshape(2, 4) - np.float32(3.5))
with_nan(5, 0)
with_nan(5, 2)
with_nan(5, 4)
with_nan_f32(4, 1)
with_inf()
zeros_and_nan_truth()
inexact(10)
inexact(7)

# Module level (values whose sums are exact).
a = np.arange(8) * 0.25
print(a.sum(), a.min(), a.max(), a.argmax(), np.median(a))
m = np.arange(6.0).reshape(2, 3)
print(np.sum(m), np.mean(m), m.argmin(), np.all(m), np.any(m))
