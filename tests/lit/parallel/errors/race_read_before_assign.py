# E0200: a variable that the prange body assigns is private to each
# iteration, so reading it before the iteration assigns it would see another
# iteration's value. Updates that are not reductions (s = s * 0.5 + e,
# s = e - s, s = s + s, min() inside a larger expression) are such reads.
# One error per variable, at its first read in evaluation order (the
# condition of a conditional expression or of a while loop comes first); the
# note points at the loop.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+24]]:13: error[E0200]: 's' is read in this prange loop before the iteration assigns it: it would see another iteration's value (a race){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |         s = s * 0.5 + a[i]{{$}}
# CHECK-NEXT: {{^ +}}|             ^{{$}}
# CHECK-NEXT: {{.*}}race_read_before_assign.py:[[@LINE+20]]:5: note: iterations of a prange loop run in parallel; each has its own 's': assign it first in the iteration, or update it only with +=, -=, *=, |=, &=, ^=, min() or max() to make it a reduction{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+19]] |     for i in prange(a.shape[0]):{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+27]]:18: error[E0200]: 't' is read in this prange loop before the iteration assigns it
# CHECK-NEXT: {{^ +}}[[@LINE+26]] |         out[i] = t{{$}}
# CHECK-NEXT: {{^ +}}|                  ^{{$}}
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+36]]:18: error[E0200]: 'u' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+45]]:18: error[E0200]: 'w' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+55]]:20: error[E0200]: 'd' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+55]]:13: error[E0200]: 'q' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+55]]:17: error[E0200]: 'm' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+55]]:22: error[E0200]: 'z' is read in this prange loop before the iteration assigns it
# CHECK: {{.*}}race_read_before_assign.py:[[@LINE+62]]:19: error[E0200]: 'k' is read in this prange loop before the iteration assigns it
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def decay(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s = s * 0.5 + a[i]
    return s


@njit
def previous(a):
    t = 0.0
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        out[i] = t
        t = a[i]
    return out


@njit
def one_branch(a):
    u = 0.0
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        if a[i] > 0:
            u = a[i]
        out[i] = u
    return out


@njit
def inner_loop_may_not_run(a, n):
    out = np.zeros_like(a)
    for i in prange(a.shape[0]):
        for j in range(n):
            w = a[i] + j
        out[i] = w
    return out


@njit
def not_reductions(a):
    d = 0.0
    q = 1.0
    m = 0.0
    z = 10
    for i in prange(a.shape[0]):
        d = a[i] - d
        q = q + q
        m = min(m, a[i]) + 1.0
        z = z - 1 if z > 0 else 0
    return d, q, m, z


@njit
def in_a_while(n):
    k = 0
    for i in prange(n):
        while i > k:
            k = k + 1
        print(k)
    return 0


a = np.arange(5.0)
print(decay(a), previous(a), one_branch(a), inner_loop_may_not_run(a, 2), not_reductions(a), in_a_while(3))
