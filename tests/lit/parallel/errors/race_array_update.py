# E0200 for whole arrays from outside the loop: only 'acc += e' (or -=) is
# an array reduction. Any other in-place update of the whole array ('*=',
# '/=', 'acc += acc') is reported at the update; an 'acc += e' whose array
# the body also reads or indexes is reported at the loop. Rebinding the
# name ('acc = acc + e') makes it private, read before it is assigned.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}race_array_update.py:[[@LINE+18]]:9: error[E0200]: every iteration of this prange loop updates all of 'acc' in place (a race); only 'acc += ...' on a whole array is a reduction{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |         acc *= m[i]{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~{{$}}
# CHECK: {{.*}}race_array_update.py:[[@LINE+23]]:9: error[E0200]: every iteration of this prange loop updates all of 'acc' in place (a race)
# CHECK: {{.*}}race_array_update.py:[[@LINE+31]]:9: error[E0200]: 'acc' is updated with += as a whole in this prange loop and also used there: its value inside the loop is undefined (a race){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+30]] |         acc[0] = 1.0{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~{{$}}
# CHECK: {{.*}}race_array_update.py:[[@LINE+38]]:18: error[E0200]: 'acc' is updated with += as a whole in this prange loop and also used there
# CHECK: {{.*}}race_array_update.py:[[@LINE+45]]:9: error[E0200]: every iteration of this prange loop updates all of 'acc' in place (a race)
# CHECK: {{.*}}race_array_update.py:[[@LINE+52]]:15: error[E0200]: 'acc' is read in this prange loop before the iteration assigns it
import numpy as np
from numba import njit, prange


@njit
def product_rows(m):
    acc = np.ones(m.shape[1])
    for i in prange(m.shape[0]):
        acc *= m[i]
    return acc


@njit
def halve(m):
    acc = np.ones(m.shape[1])
    for i in prange(m.shape[0]):
        acc /= 2.0
    return acc


@njit
def indexed_too(m):
    acc = np.zeros(m.shape[1])
    for i in prange(m.shape[0]):
        acc += m[i]
        acc[0] = 1.0
    return acc


@njit
def read_too(m):
    acc = np.zeros(m.shape[1])
    out = np.zeros(m.shape[0])
    for i in prange(m.shape[0]):
        acc += m[i]
        out[i] = acc.sum()
    return out


@njit
def doubles(m):
    acc = np.ones(m.shape[1])
    for i in prange(m.shape[0]):
        acc += acc
    return acc


@njit
def rebinding(m):
    acc = np.zeros(m.shape[1])
    for i in prange(m.shape[0]):
        acc = acc + m[i]
    return acc


m = np.ones((4, 3))
print(product_rows(m), halve(m), indexed_too(m), read_too(m), doubles(m), rebinding(m))
