# E0200: after a prange loop, a variable private to its iterations (one the
# body assigns, an inner loop's variable, the prange variable itself) has no
# defined value: reading it there is an error, also when the read comes in
# the next iteration of an enclosing serial loop (or its while condition),
# after a collapsed nest, after a reassignment on one path only, for an
# array view, and at module level.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+26]]:12: error[E0200]: 'x', assigned in a prange loop, is read after the loop, where its value is undefined: iterations run in parallel (a race){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+25]] |     return x{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
# CHECK-NEXT: {{.*}}race_read_after_loop.py:[[@LINE+21]]:5: note: make it a reduction (+=, -=, *=, |=, &=, ^=, min(), max()) or store each iteration's value into an array{{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     for i in prange(a.shape[0]):{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+27]]:12: error[E0200]: the prange loop variable 'i' is read after the loop, where its value is undefined: iterations run in parallel (a race){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+26]] |     return i + 1{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+32]]:12: error[E0200]: 'j', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+39]]:12: error[E0200]: the prange loop variable 'k' is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+47]]:12: error[E0200]: 'y', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+54]]:18: error[E0200]: 'v', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+67]]:12: error[E0200]: 'w', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+73]]:11: error[E0200]: 'x', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+84]]:12: error[E0200]: 'row', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+94]]:16: error[E0200]: 'z', assigned in a prange loop, is read after the loop
# CHECK: {{.*}}race_read_after_loop.py:[[@LINE+105]]:7: error[E0200]: 'last', assigned in a prange loop, is read after the loop
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def last_value(a):
    for i in prange(a.shape[0]):
        x = a[i] * 2
    return x


@njit
def loop_variable(a):
    for i in prange(a.shape[0]):
        a[i] = 0
    return i + 1


@njit
def inner_loop_variable(m):
    for i in prange(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = j
    return j * 2


@njit
def collapsed_variable(m):
    for i in prange(m.shape[0]):
        for k in prange(m.shape[1]):
            m[i, k] = i + k
    return k - 1


@njit
def one_branch(a):
    for i in prange(a.shape[0]):
        if a[i] > 2:
            y = a[i]
        a[i] = 1
    return y


@njit
def next_outer_iteration(a):
    out = np.zeros(3)
    v = 0.0
    for r in range(3):
        out[r] = v
        for i in prange(a.shape[0]):
            v = a[i] + r
            a[i] = v
    return out


@njit
def reassigned_on_one_path(a, c):
    for i in prange(a.shape[0]):
        w = a[i]
        a[i] = w + 1
    if c:
        w = 0.0
    return w, 0


@njit
def while_condition(n):
    k = 0
    x = 0
    while x < 5 and k < 3:
        for i in prange(n):
            x = i
        k += 1
    return k


@njit
def row_view(m):
    for i in prange(m.shape[0]):
        row = m[i]
        row[0] = 1.0
    return row


@njit
def else_branch(a, c):
    for i in prange(a.shape[0]):
        z = a[i]
        a[i] = z
    if c:
        z = 1.0
    else:
        a[0] = z
    return 0



a = np.arange(5.0)
m = np.zeros((2, 3))
print(last_value(a), loop_variable(a), inner_loop_variable(m), collapsed_variable(m))
print(one_branch(a), next_outer_iteration(a), reassigned_on_one_path(a, True))
print(while_condition(3), row_view(m), else_branch(a, True))
for t in prange(4):
    last = t * 2
print(last)
