import math
import numpy as np
from numba import njit, prange

@njit(parallel=True)
def normalize(x):
    out = np.empty_like(x)
    m = x.mean()
    for i in prange(x.shape[0]):
        out[i] = (x[i] - m) / math.sqrt(m)
    return out

a = np.arange(1_000_000) * 0.5
print(normalize(a).sum())
b, c = c, b % 3  # comment
x = y = 0
x += 1; y -= 2
if a < b <= c and not d or e:
    pass
elif x:
    z = 1 if x else -2 ** -3
else:
    z = a[1:-1, ::2]
while True:
    break
print("hi\n", 'x', end='')
s = a[i, j]
