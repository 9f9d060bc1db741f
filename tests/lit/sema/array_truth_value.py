# An array has no single truth value: in if, while, assert, a conditional
# expression, bool(), 'and', 'or' and 'not', in functions and module-level
# code. Each error names the alternatives.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}array_truth_value.py:[[@LINE+33]]:8: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+32]] |     if a:{{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+32]]:11: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+31]] |     while b > 0:{{$}}
# CHECK-NEXT: {{^ +}}|           ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+31]]:12: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+30]] |     assert a{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+29]]:14: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+28]] |     c = 1 if a else 2{{$}}
# CHECK-NEXT: {{^ +}}|              ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+27]]:14: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+26]] |     d = bool(a){{$}}
# CHECK-NEXT: {{^ +}}|              ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+25]]:9: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all() (or & and | element-wise)
# CHECK-NEXT: {{^ +}}[[@LINE+24]] |     e = a and b{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+23]]:9: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all() (or & and | element-wise)
# CHECK-NEXT: {{^ +}}[[@LINE+22]] |     f = a or b{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+21]]:9: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all() (or ~a for element-wise not)
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     g = not a{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
# CHECK-NEXT: {{.*}}array_truth_value.py:[[@LINE+24]]:4: error[E0102]: the truth value of an array is ambiguous: use a.any() or a.all()
# CHECK-NEXT: {{^ +}}[[@LINE+23]] | if a:{{$}}
# CHECK-NEXT: {{^ +}}|    ^{{$}}
import numpy as np
from numba import njit


@njit
def test(a, b):
    if a:
        pass
    while b > 0:
        pass
    assert a
    c = 1 if a else 2
    d = bool(a)
    e = a and b
    f = a or b
    g = not a
    return c


test(np.ones(3), np.ones(3))
a = np.zeros(2)
if a:
    print(a)
