# Loaded by commands.test with :load.
import numpy as np
from numba import njit


@njit
def scale(a, k):
    return a * k


base = np.arange(4)
print("kernels loaded:", scale(base, 2))
