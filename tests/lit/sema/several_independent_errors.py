# Independent semantic errors in one file are all reported, in source order
# (g is called before f, but f's error comes first), whether in functions or
# module-level code, and several on one line. The exit status is 1.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# RUN: %parc check %s > /dev/null 2>&1; test $? -eq 1
# CHECK: {{.*}}several_independent_errors.py:[[@LINE+19]]:13: error[E0100]: name 'undefined_a' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+18]] |     a = x + undefined_a{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}several_independent_errors.py:[[@LINE+21]]:9: error[E0102]: bad operand type for unary ~: 'float64'
# CHECK-NEXT: {{^ +}}[[@LINE+20]] |     b = ~x{{$}}
# CHECK-NEXT: {{^ +}}|         ^~{{$}}
# CHECK-NEXT: {{.*}}several_independent_errors.py:[[@LINE+24]]:5: error[E0100]: name 'undefined_b' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+23]] | e = undefined_b + undefined_c{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}several_independent_errors.py:[[@LINE+21]]:19: error[E0100]: name 'undefined_c' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+20]] | e = undefined_b + undefined_c{{$}}
# CHECK-NEXT: {{^ +}}|                   ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}several_independent_errors.py:[[@LINE+19]]:5: error[E0104]: 'math.foo' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+18]] | h = math.foo(1){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
import math


def f(x):
    a = x + undefined_a
    return x


def g(x):
    b = ~x
    return x


c = g(1.5)
d = f(1)
e = undefined_b + undefined_c
h = math.foo(1)
