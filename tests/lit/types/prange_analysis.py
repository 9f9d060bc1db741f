# analyze_prange annotates each prange loop with its reductions (operator,
# scalar or whole array) and merges perfectly nested prange loops
# (collapse=N); `--after specialize` shows the loops before the analysis.
# RUN: %parc emit --ir %s | FileCheck %s
# RUN: %parc emit --ir --after specialize %s | FileCheck --check-prefix=BEFORE %s
# RUN: not %parc emit --llvm --after specialize %s 2>&1 | FileCheck --check-prefix=USAGE %s
# USAGE: parc: error: --after goes with --ir
import numpy as np
from numba import njit, prange


# CHECK-LABEL: func reductions__
# CHECK: for i in prange(0:int64, (get (shape a) 0), 1:int64) reduce(add array acc) reduce(add s) reduce(mul p) reduce(min lo) reduce(max hi) reduce(bitor bits) {
# BEFORE-LABEL: func reductions__
# BEFORE: for i in prange(0:int64, (get (shape a) 0), 1:int64) {
@njit
def reductions(a, acc):
    s = 0.0
    p = 1.0
    lo = 1e300
    hi = -1e300
    bits = 0
    for i in prange(a.shape[0]):
        s += a[i]
        s -= 1.0
        p *= a[i]
        lo = min(lo, a[i])
        hi = max(a[i], hi)
        bits |= i
        acc += a
    return s, p, lo, hi, bits


# Private variables are not reductions: t is assigned first in each
# iteration, and `u = u + 1` in an inner serial loop follows `u = 0`.
# CHECK-LABEL: func privates__
# CHECK: for i in prange(0:int64, n, 1:int64) {
@njit
def privates(out, n):
    for i in prange(n):
        t = i * 2
        u = 0
        for j in range(t):
            u = u + 1
        out[i] = t + u


# CHECK-LABEL: func grid__
# CHECK: for i in prange(0:int64, n, 1:int64) collapse=3 reduce(add total) {
# CHECK: for j in prange(1:int64, m, 2:int64) collapse=2 reduce(add total) {
# CHECK: for k in prange(0:int64, 4:int64, 1:int64) reduce(add total) {
@njit
def grid(n, m):
    total = 0
    for i in prange(n):
        for j in prange(1, m, 2):
            for k in prange(4):
                total += i * j + k
    return total


# The inner loop's bounds use i: not merged.
# CHECK-LABEL: func triangle__
# CHECK: for i in prange(0:int64, n, 1:int64) reduce(add total) {
# CHECK: for j in prange(0:int64, i, 1:int64) reduce(add total) {
@njit
def triangle(n):
    total = 0
    for i in prange(n):
        for j in prange(i):
            total += j
    return total


a = np.arange(1.0, 5.0)
print(reductions(a, np.zeros(4)))
out = np.zeros(3, dtype=np.int64)
privates(out, 3)
print(out, grid(3, 5), triangle(5))
