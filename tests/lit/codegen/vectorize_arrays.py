# Loops over arrays vectorize: the optimised LLVM IR of a 1-D triad over
# float64 arrays and of a 2-D row loop holds vector arithmetic, loads and
# stores. A vectorization regression fails here.
# RUN: %parc emit --llvm-opt --function triad %s | FileCheck --check-prefix=TRIAD %s
# RUN: %parc emit --llvm-opt --function rows %s | FileCheck --check-prefix=ROWS %s
# RUN: %parc emit --llvm-opt --function scaled_sum %s | FileCheck --check-prefix=MAP %s
# TRIAD-LABEL: define void @triad__
# TRIAD: load <{{[0-9]+}} x double>
# TRIAD: fmul <{{[0-9]+}} x double>
# TRIAD: fadd <{{[0-9]+}} x double>
# TRIAD: store <{{[0-9]+}} x double>
# TRIAD-NOT: parc_buffer_incref
# ROWS-LABEL: define void @rows__
# ROWS: load <{{[0-9]+}} x double>
# ROWS: fmul <{{[0-9]+}} x double>
# ROWS: store <{{[0-9]+}} x double>
# ROWS-NOT: parc_buffer_incref
# MAP-LABEL: define {{.*}} @scaled_sum__
# MAP: fmul <{{[0-9]+}} x double>
# MAP: store <{{[0-9]+}} x double>
import numpy as np
from numba import njit


@njit
def triad(a, b, c, s):
    for i in range(a.shape[0]):
        a[i] = b[i] + s * c[i]


@njit
def rows(m, x):
    n, k = m.shape
    for i in range(n):
        for j in range(k):
            m[i, j] = x[i, j] * 2.0 + 1.0


@njit
def scaled_sum(a):
    return (a * 0.5).sum()


a = np.zeros(100)
triad(a, np.ones(100), np.ones(100), 2.0)
m = np.zeros((10, 10))
rows(m, np.ones((10, 10)))
print(a.sum(), m.sum(), scaled_sum(a))
