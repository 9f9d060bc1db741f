# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Whole-array reductions (no axis) of int64, int32, uint8 and bool arrays,
# 1-D, 2-D and strided, as np.* functions and as methods.
import numpy as np
from numba import njit


@njit
def as_functions(a):
    print(np.sum(a), np.prod(a), np.min(a), np.max(a))
    print(np.mean(a), np.std(a), np.var(a), np.median(a))
    print(np.argmin(a), np.argmax(a), np.all(a), np.any(a))


@njit
def as_methods(a):
    print(a.sum(), a.prod(), a.min(), a.max())
    print(a.mean(), a.std(), a.var())
    print(a.argmin(), a.argmax(), a.all(), a.any())


@njit
def made_inside(n):
    a = np.arange(1, n + 1, dtype=np.int32)
    print(a.sum(), a.prod(), a.mean(), np.median(a))
    u = np.full(n, 200, dtype=np.uint8)
    print(u.sum(), u.max(), u.mean())
    b = np.arange(n) % 3 == 0
    print(b.sum(), b.mean(), b.all(), b.any(), b.argmax(), b.argmin())
    z = np.zeros(n, dtype=np.int64)
    print(z.all(), z.any(), z.sum(), np.prod(z))


@njit
def ties(a):
    # argmin/argmax return the first of equal extremes
    return np.argmin(a), np.argmax(a), a.min(), a.max()


@njit
def big_sum(n):
    a = np.arange(n)
    return a.sum(), (a * a).sum(), a.max() - a.min()


as_functions(np.arange(1, 7))
as_functions(np.arange(-5, 5, 3))
as_functions(np.arange(6, dtype=np.int32).reshape(2, 3))
as_functions(np.arange(250, 256, dtype=np.uint8))
as_functions(np.arange(6) >= 2)
as_functions(np.arange(6) > 10)
as_methods(np.arange(1, 9).reshape(2, 4))
as_methods(np.arange(12)[::-3])
as_methods(np.arange(12).reshape(3, 4)[:, 1])
as_methods(np.arange(3) < 5)
made_inside(6)
print(ties(np.full(4, 7)))
print(ties(np.arange(8) % 3))
print(big_sum(1000))

# Module level (exact integer results).
m = np.arange(1, 13).reshape(3, 4)
print(m.sum(), np.sum(m), m.min(), m.max(), np.prod(m[0]))
print(m.argmin(), m.argmax(), np.all(m), np.any(m > 11))
print(m.mean(), np.median(m))
