# E0200: a scalar is a reduction only when every update uses one operator
# family (+= and -= mix; *=, |=, &=, ^=, min, max each alone) and the body
# reads it nowhere else. Mixing operators, reading the running value (in a
# store, a condition, an inner loop's bound, another reduction's update), or
# using it as a loop variable makes the update an ordinary read before
# assignment.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+19]]:13: error[E0200]: 's' is updated with two different operators in this prange loop: a reduction has one (+= and -= count as one){{$}}
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+26]]:9: error[E0200]: 's' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+35]]:9: error[E0200]: 'hi' is updated with two different operators in this prange loop
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+43]]:9: error[E0200]: 'b' is updated with two different operators in this prange loop
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+50]]:12: error[E0200]: 't' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+59]]:9: error[E0200]: 'n' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+68]]:9: error[E0200]: 'r' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_not_a_reduction.py:[[@LINE+78]]:9: error[E0200]: 'u' is read in this prange loop before the iteration assigns it
import numpy as np
from numba import njit, prange


@njit
def mixed_add_mul(a):
    s = 1.0
    for i in prange(a.shape[0]):
        if a[i] > 2:
            s += a[i]
        else:
            s *= 2.0
    return s


@njit
def read_in_body(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
        a[i] = s
    return s


@njit
def min_and_max(a):
    hi = 0.0
    for i in prange(a.shape[0]):
        hi = max(hi, a[i])
        hi = min(hi, 3.0)
    return hi


@njit
def or_then_and(a):
    b = False
    for i in prange(a.shape[0]):
        b |= a[i] > 0
        b &= a[i] < 4
    return b


@njit
def read_in_condition(a):
    t = 0.0
    for i in prange(a.shape[0]):
        if t > 100:
            a[i] = 0.0
        t += a[i]
    return t


@njit
def also_inner_loop_variable(a):
    n = 0
    for i in prange(a.shape[0]):
        n += 1
        for n in range(2):
            a[i] += n
    return 0


@njit
def used_as_a_bound(a):
    r = 0
    for i in prange(a.shape[0]):
        r += 1
        for j in range(r):
            a[i] += 1.0
    return r


@njit
def chained(a):
    u = 0.0
    v = 0.0
    for i in prange(a.shape[0]):
        u += a[i]
        v += u
    return v



a = np.arange(5.0)
print(mixed_add_mul(a), read_in_body(a), min_and_max(a), or_then_and(a), read_in_condition(a), also_inner_loop_variable(a))
print(used_as_a_bound(a), chained(a))
