# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# print(a) of 1-D arrays: bool, int, uint, float32 and float64 elements;
# column widths, negative numbers, small and large values, scientific
# notation, nan, inf, -0.0, and lines wrapped at 75 characters.
import numpy as np
from numba import njit


@njit
def ints():
    print(np.arange(5))
    print(np.arange(-3, 3))
    print(np.arange(5) * 1000 - 2000)
    print(np.arange(3) * 1000000000000)
    a = np.zeros(3, dtype=np.int64)
    a[0] = 9223372036854775807
    a[1] = -9223372036854775807 - 1
    print(a)
    print(np.arange(4, dtype=np.int32) - 2)
    print(np.arange(250, 256, dtype=np.uint8))
    print(np.arange(3, dtype=np.uint32) + np.uint32(4294967290))
    print(np.arange(-2, 2, dtype=np.int8))
    print(np.arange(1))


@njit
def bools():
    print(np.arange(4) % 2 == 0)
    print(np.zeros(2, dtype=np.bool_))
    print(np.ones(1, dtype=np.bool_))


@njit
def floats():
    print(np.arange(4) * 0.5)
    print(np.arange(3) * 1.0)
    print(np.arange(4) / 3)
    print(np.arange(-2, 2) * 0.1)
    print(np.arange(3) * 1e9)
    print(np.arange(1, 4) * 1e-5)
    print(np.arange(1, 4) * 1e16)
    print(np.arange(3) * 123456.789)
    print(np.arange(3) * 1e-3 + 1.0)
    print(np.full(2, 1e-300))
    print(np.full(3, 0.1) * np.arange(3) + 100000.0)


@njit
def specials():
    a = np.arange(5) * 1.0
    a[1] = np.nan
    a[2] = np.inf
    a[3] = -np.inf
    print(a)
    b = np.zeros(3)
    b[1] = -0.0
    print(b)
    print(-np.zeros(2))
    c = np.full(3, np.nan)
    print(c)
    d = np.arange(3) * 1e10
    d[0] = np.inf
    print(d)
    e = np.arange(3) * 1e-6
    e[2] = np.nan
    print(e)


@njit
def float32s():
    f = np.arange(5, dtype=np.float32) / np.float32(3)
    print(f)
    print(np.arange(3, dtype=np.float32) * np.float32(1e10))
    print(np.arange(1, 4, dtype=np.float32) * np.float32(1e-5))
    g = np.full(3, np.float32(0.1))
    g[1] = np.nan
    g[2] = -np.inf
    print(g)
    print(np.full(2, -0.0, dtype=np.float32))


@njit
def long_lines():
    print(np.arange(40))
    print(np.arange(30) * 0.5)
    print(np.arange(12) / 7)
    print(np.arange(25) % 2 == 0)
    print(np.arange(20) * 100000)
    print(np.arange(24, dtype=np.float32) / np.float32(7))


ints()
bools()
floats()
specials()
float32s()
long_lines()

# Module level.
print(np.arange(12) * 0.25)
print(np.arange(-5, 5) * 3)
print(np.arange(30))
print(np.zeros(3) - 1.5)
