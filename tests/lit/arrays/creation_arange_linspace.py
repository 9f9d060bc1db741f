# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# np.arange with one, two or three int or float arguments and dtype=, and
# np.linspace(start, stop, num).
import numpy as np
from numba import njit


@njit
def arange_ints(n):
    print(np.arange(n))
    print(np.arange(2, n))
    print(np.arange(1, n, 3))
    print(np.arange(n, 0, -2))
    print(np.arange(-3, 4))
    print(np.arange(5, 5))
    print(np.arange(5, 2))


@njit
def arange_floats():
    print(np.arange(4.0))
    print(np.arange(0.5, 3))
    print(np.arange(0.0, 1.0, 0.25))
    print(np.arange(1.0, 2.0, 0.1))
    print(np.arange(3.0, 0.0, -0.5))
    print(np.arange(0, 2, 0.5))
    print(np.arange(-1.5, 1.5, 0.75))


@njit
def arange_dtypes():
    print(np.arange(5, dtype=np.int32))
    print(np.arange(4, dtype=np.float32))
    print(np.arange(1, 9, 3, dtype=np.uint8))
    print(np.arange(2, 6, dtype=np.int64))
    print(np.arange(0, 10, 4, dtype=np.float64))
    print(np.arange(3, dtype=np.float32) / np.float32(4))


@njit
def linspace_cases():
    print(np.linspace(0, 1, 5))
    print(np.linspace(0.0, 10.0, 3))
    print(np.linspace(1.0, -1.0, 5))
    print(np.linspace(2, 3, 4))
    print(np.linspace(0, 1, 11))
    print(np.linspace(5, 6, 1))
    print(np.linspace(-2.5, 2.5, 2))
    x = np.linspace(0, 1, 7)
    print(x[0], x[3], x[6], len(x))


@njit
def arange_lengths():
    print(len(np.arange(10)), len(np.arange(0.0, 1.0, 0.1)), len(np.arange(10, 0, -3)))
    print(np.arange(7).size, np.linspace(0, 1, 9).size)


arange_ints(10)
arange_floats()
arange_dtypes()
linspace_cases()
arange_lengths()

# Module level.
r = np.arange(6)
s = np.arange(1.0, 4.0, 0.5)
t = np.linspace(0, 2, 5)
print(r)
print(s)
print(t)
print(np.arange(10, 0, -4))
