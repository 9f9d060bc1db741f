# prange bodies vectorize: the outlined body of a parallel triad, of a
# parallel float sum (its reduction chain may be reassociated) and of a
# collapsed 2-D loop hold vector arithmetic; each loop is one call of the
# runtime's parc_parallel_for and the generated code carries no OpenMP ABI.
# RUN: %parc emit --llvm-opt --function triad %s | FileCheck --check-prefix=TRIAD %s
# RUN: %parc emit --llvm-opt --function dot %s | FileCheck --check-prefix=DOT %s
# RUN: %parc emit --llvm-opt --function scale2d %s | FileCheck --check-prefix=GRID %s
# RUN: %parc emit --llvm-opt %s | FileCheck --check-prefix=NOOMP %s
# TRIAD-LABEL: define void @triad__
# TRIAD: call void @parc_parallel_for(
# TRIAD-LABEL: define internal void @triad__{{.*}}.prange(
# TRIAD: load <{{[0-9]+}} x double>
# TRIAD: fmul <{{[0-9]+}} x double>
# TRIAD: fadd <{{[0-9]+}} x double>
# TRIAD: store <{{[0-9]+}} x double>
# DOT-LABEL: define internal void @dot__{{.*}}.prange(
# DOT: fmul <{{[0-9]+}} x double>
# DOT: fadd reassoc <{{[0-9]+}} x double>
# GRID-LABEL: define internal void @scale2d__{{.*}}.prange(
# GRID: fmul <{{[0-9]+}} x double>
# GRID: store <{{[0-9]+}} x double>
# NOOMP-NOT: __kmpc
# NOOMP-NOT: GOMP_
import numpy as np
from numba import njit, prange


@njit
def triad(a, b, c, s):
    for i in prange(a.shape[0]):
        a[i] = b[i] + s * c[i]


@njit
def dot(a, b):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def scale2d(m, s):
    for i in prange(m.shape[0]):
        for j in prange(m.shape[1]):
            m[i, j] = m[i, j] * s


a = np.ones(100)
triad(a, a, a, 2.0)
print(dot(a, a))
g = np.ones((10, 10))
scale2d(g, 2.0)
print(g.sum())
