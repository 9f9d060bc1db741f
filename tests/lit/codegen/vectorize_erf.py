# Loops over math.erf, math.erfc, np.log2 and math.atan2 vectorize: their
# optimised LLVM IR calls glibc's libmvec vector functions (_ZGV<isa>N<lanes>
# v_erf and so on), which codegen/optimize.cpp adds to LLVM's LIBMVEC_X86
# table (that table has sin, cos, tan, exp, log and pow only). A mapping that
# goes missing fails here.
#
# The run checks the values: libmvec's functions are not correctly rounded
# (erf and erfc are within 2 and 3 ulp of glibc's scalar ones), so the
# script compares each element against the scalar function, called in a
# loop that cannot vectorize (it has an early exit), and prints rounded
# sums. A wrong mapping (erfc for erf, a lane mix-up) would fail the run.
# RUN: %parc emit --llvm-opt --function erf_all %s | FileCheck --check-prefix=ERF %s
# RUN: %parc emit --llvm-opt --function other_functions %s | FileCheck --check-prefix=OTHER %s
# RUN: %parc emit --llvm-opt --function erf_float32 %s | FileCheck --check-prefix=FLOAT %s
# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# ERF-LABEL: define {{.*}} @erf_all__
# ERF: call <{{[0-9]+}} x double> @_ZGV{{[bcde]}}N{{[0-9]+}}v_erf(
# OTHER-LABEL: define {{.*}} @other_functions__
# OTHER-DAG: call <{{[0-9]+}} x double> @_ZGV{{[bcde]}}N{{[0-9]+}}v_erfc(
# OTHER-DAG: call <{{[0-9]+}} x double> @_ZGV{{[bcde]}}N{{[0-9]+}}v_log2(
# OTHER-DAG: call <{{[0-9]+}} x double> @_ZGV{{[bcde]}}N{{[0-9]+}}vv_atan2(
# FLOAT-LABEL: define {{.*}} @erf_float32__
# FLOAT: call <{{[0-9]+}} x float> @_ZGV{{[bcde]}}N{{[0-9]+}}v_erff(
import math

import numpy as np
from numba import njit


@njit
def erf_all(x, out):
    for i in range(x.shape[0]):
        out[i] = math.erf(x[i])


@njit
def other_functions(x, y, c, l, a):
    for i in range(x.shape[0]):
        c[i] = math.erfc(x[i])
        l[i] = np.log2(y[i])
        a[i] = math.atan2(x[i], y[i])


@njit
def erf_float32(x, out):
    for i in range(x.shape[0]):
        out[i] = math.erf(x[i])


# The largest error of out[i] against f(x[i]) (or f(x[i], y[i])), relative
# to the scalar value, with f called one element at a time: the early exit
# keeps this loop scalar.
@njit
def worst_error(kind, x, y, out):
    worst = 0.0
    i = 0
    while i < x.shape[0]:
        if kind == 0:
            exact = math.erf(x[i])
        elif kind == 1:
            exact = math.erfc(x[i])
        elif kind == 2:
            exact = np.log2(y[i])
        else:
            exact = math.atan2(x[i], y[i])
        error = abs(out[i] - exact) / max(abs(exact), 1e-300)
        if error != error:
            return 1.0
        if error > worst:
            worst = error
        i += 1
    return worst


n = 1003
x = np.linspace(-1.0, 5.0, n)
y = np.linspace(0.01, 100.0, n)
out = np.empty(n)
c = np.empty(n)
l = np.empty(n)
a = np.empty(n)
erf_all(x, out)
other_functions(x, y, c, l, a)
# 4 ulp of a float64 is about 8.9e-16 relative.
print(worst_error(0, x, y, out) < 9e-16, round(out.sum(), 9))
print(worst_error(1, x, y, c) < 9e-16, round(c.sum(), 9))
print(worst_error(2, x, y, l) < 9e-16, round(l.sum(), 9))
print(worst_error(3, x, y, a) < 9e-16, round(a.sum(), 9))
print(round(out[0], 12), round(out[n // 2], 12), round(out[n - 1], 12))

x32 = np.linspace(-1.0, 5.0, n).astype(np.float32)
out32 = np.empty(n, dtype=np.float32)
erf_float32(x32, out32)
print(abs(out32.astype(np.float64) - out).max() < 1e-6)
