# np.dot and @ take 1-d and 2-d arrays: a 3-d operand, a scalar operand, a
# third argument and in-place a @= b (which NumPy refuses too) are errors.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}matmul_operands.py:[[@LINE+18]]:12: error[E0102]: '@' is only supported on 1-d and 2-d arrays, not 3-d
# CHECK-NEXT: {{^ +}}[[@LINE+17]] |     return c @ m{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
# CHECK-NEXT: {{.*}}matmul_operands.py:[[@LINE+20]]:12: error[E0102]: np.dot() multiplies arrays, not array(float64, 2d, C) and float64; multiply by a scalar with *
# CHECK-NEXT: {{^ +}}[[@LINE+19]] |     return np.dot(m, 2.0){{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}matmul_operands.py:[[@LINE+22]]:12: error[E0101]: np.dot() takes 2 positional arguments but 3 were given
# CHECK-NEXT: {{^ +}}[[@LINE+21]] |     return np.dot(m, m, m){{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}matmul_operands.py:[[@LINE+24]]:5: error[E0010]: in-place matrix multiplication is not supported (as in NumPy): write a = a @ b
# CHECK-NEXT: {{^ +}}[[@LINE+23]] |     m @= m{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
import numpy as np
from numba import njit


@njit
def cube(c, m):
    return c @ m


@njit
def scalar(m):
    return np.dot(m, 2.0)


@njit
def three(m):
    return np.dot(m, m, m)


@njit
def in_place(m):
    m @= m
    return m


m = np.ones((2, 2))
cube(np.ones((2, 2, 2)), m)
scalar(m)
three(m)
in_place(m)
