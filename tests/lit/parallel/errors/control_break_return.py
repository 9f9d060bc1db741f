# E0201: iterations of a prange loop run in parallel, so 'break' cannot stop
# the loop and 'return' cannot leave the function from an iteration, also
# inside an if, and from a collapsed inner prange. 'break' in a serial inner
# loop (and 'continue' anywhere) is fine; 'return' is an error at any depth.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}control_break_return.py:[[@LINE+19]]:13: error[E0201]: break inside a prange loop is not supported: its iterations run in parallel{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |             break{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~{{$}}
# CHECK: {{.*}}control_break_return.py:[[@LINE+24]]:13: error[E0201]: return inside a prange loop is not supported{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |             return i{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~~~~{{$}}
# CHECK: {{.*}}control_break_return.py:[[@LINE+30]]:17: error[E0201]: return inside a prange loop is not supported{{$}}
# CHECK: {{.*}}control_break_return.py:[[@LINE+51]]:17: error[E0201]: break inside a prange loop is not supported: its iterations run in parallel{{$}}
# CHECK: {{.*}}control_break_return.py:[[@LINE+60]]:9: error[E0201]: break inside a prange loop is not supported: its iterations run in parallel{{$}}
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def first_negative(a):
    out = np.zeros(1)
    for i in prange(a.shape[0]):
        if a[i] < 0:
            out[0] = a[i]
            break
    return out


@njit
def find(a, x):
    for i in prange(a.shape[0]):
        if a[i] == x:
            return i
    return -1


@njit
def deep_return(m):
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j] < 0:
                return 1
    return 0


@njit
def inner_break_is_fine(m):
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j] < 0:
                break
            if m[i, j] > 5:
                continue
            out[i] += m[i, j]
    return out


@njit
def collapsed_break(m):
    for i in prange(m.shape[0]):
        for j in prange(m.shape[1]):
            if m[i, j] < 0:
                break
            m[i, j] = 1.0
    return m


a = np.arange(5.0)
m = np.ones((2, 3))
print(first_negative(a), find(a, 2.0), deep_return(m), inner_break_is_fine(m), collapsed_break(m))
for k in prange(3):
    if k == 1:
        break
