# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Arrays of more than 1000 elements print summarised, with "..." in place of
# the middle (3 items at each edge), for 1-D, 2-D and 3-D arrays; arrays of
# exactly 1000 elements do not.
import numpy as np
from numba import njit


@njit
def one_d():
    print(np.arange(2000))
    print(np.arange(1001) * 0.5)
    print(np.arange(1500) % 2 == 0)
    print(np.arange(3000, dtype=np.float32) / np.float32(3))
    print(np.arange(1000) * 0 + 7)


@njit
def two_d():
    print(np.arange(1600).reshape(40, 40))
    print(np.arange(1600).reshape(40, 40) * 0.25)
    print(np.arange(2002).reshape(2, 1001))
    print(np.arange(2002).reshape(1001, 2))


@njit
def three_d():
    print(np.arange(1728).reshape(12, 12, 12))


@njit
def summarised_view(a):
    print(a[::2])
    print(a[1000:])


one_d()
two_d()
three_d()
summarised_view(np.arange(2010))

# Module level.
big = np.arange(2000) * 1.5
print(big)
grid = np.zeros((40, 40))
print(grid)
