# Per-column feature scaling: every column of a table (samples x features)
# to zero mean and unit deviation, with reductions along axis 0
# broadcasting back over the rows.
# (Numba 0.56 has no mean/std with axis=: the expected output is NumPy's.)
# expected output: CPython + NumPy
import numpy as np
from numba import njit


@njit(parallel=True)
def scale(features):
    return (features - features.mean(axis=0)) / features.std(axis=0)


n, d = 100_000, 10
features = ((np.arange(n * d) * 7919) % 1000).reshape(n, d) / 100.0
scaled = scale(features)
print(scaled.shape)
print(scaled[:2])
print(np.abs(scaled.mean(axis=0)).max() < 1e-9)
print(np.abs(scaled.std(axis=0) - 1.0).max() < 1e-9)
