# Normalise an array by its mean: the DESIGN.md example, and the demo script.
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
