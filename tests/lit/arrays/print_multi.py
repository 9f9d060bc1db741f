# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# print with several arguments that include arrays: print(a, b),
# print("text", a), arrays next to scalars, multi-line arrays next to others.
import numpy as np
from numba import njit


@njit
def pairs(n):
    a = np.arange(n)
    b = np.arange(n) * 0.5
    print(a, b)
    print("a =", a)
    print("b:", b, "sum:", b.sum())
    print(a, 42, b > 1.0, True)
    print("matrix", a.reshape(2, n // 2))
    print(a.reshape(2, n // 2), a.reshape(n // 2, 2))


@njit
def labelled(m):
    print("rows", m.shape[0], "cols", m.shape[1])
    print("first row", m[0], "last column", m[:, -1])
    print("copy", m.copy(), "done")


pairs(4)
pairs(6)
labelled(np.arange(6).reshape(2, 3))
labelled(np.arange(4.0).reshape(2, 2) / 4)

# Module level.
x = np.arange(3)
y = np.arange(3) * 2.5
print(x, y)
print("x is", x)
print("y is", y, "and x is", x)
print(x.reshape(3, 1), "after")
print("empty", np.zeros(0), "end")
