# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Element-wise comparisons (array vs scalar, array vs array, giving bool
# arrays) and np.abs, np.sqrt, np.exp on arrays.
import numpy as np
from numba import njit


@njit
def compare_scalar(a):
    print(a > 0.5)
    print(a >= 1)
    print(a < 2)
    print(a <= 0)
    print(a == 1.5)
    print(a != 1.5)
    print(0.5 < a)
    print(1 == a)


@njit
def compare_arrays(a, b):
    print(a == b)
    print(a != b)
    print(a < b)
    print(a >= b)
    eq = a == b
    return eq.sum()


@njit
def compare_nan():
    a = np.arange(4) * 1.0
    a[2] = np.nan
    print(a == a)
    print(a != a)
    print(a > 0.5)
    print(a <= 3.0)


@njit
def use_mask_values(a, limit):
    big = a > limit
    n = 0
    for i in range(len(a)):
        if big[i]:
            n += 1
    return n, big.any(), big.all()


@njit
def math_funcs(a):
    print(np.abs(a))
    print(np.sqrt(np.abs(a)))
    print(np.exp(a))


@njit
def math_special():
    a = np.arange(-2, 3) * 1.0
    a[0] = -np.inf
    print(np.abs(a))
    print(np.sqrt(a))
    print(np.exp(a))
    z = np.zeros(2)
    z[1] = -0.0
    print(z, np.abs(z))


@njit
def math_dtypes():
    i = np.arange(-3, 3)
    print(np.abs(i))
    print(np.sqrt(np.arange(6)))
    print(np.exp(np.arange(3)))
    f = np.arange(-2, 3, dtype=np.float32)
    print(np.abs(f))
    print(np.sqrt(np.abs(f)))
    print(np.exp(f))
    s = np.arange(-3, 3, dtype=np.int32)
    print(np.abs(s))
    print(np.sqrt(np.arange(5, dtype=np.int32)))
    print(np.abs(np.arange(-2, 2, dtype=np.int8)))


compare_scalar(np.arange(5) * 0.5)
compare_scalar(np.arange(-2, 3))
print(compare_arrays(np.arange(6), np.arange(6)[::-1]))
print(compare_arrays(np.arange(4) * 0.5, np.arange(4) * 0.25))
print(compare_arrays(np.arange(6).reshape(2, 3), np.full((2, 3), 2)))
compare_nan()
print(use_mask_values(np.arange(10), 6))
print(use_mask_values(np.arange(10) * 0.1, 2.0))
math_funcs(np.arange(-3, 4) * 0.5)
math_funcs(np.arange(4.0).reshape(2, 2) - 1.5)
math_special()
math_dtypes()

# Module level.
a = np.arange(6) * 0.5
b = np.arange(6)[::-1] * 0.5
print(a > 1.0)
print(a == b)
print(np.abs(a - 1.0))
print(np.sqrt(a * 2.0))
