# An attribute math does not have: called inside a function, and read as
# a value at module level.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}math_unknown_attribute.py:[[@LINE+10]]:9: error[E0104]: 'math.foo' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+9]] |     y = math.foo(x){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}math_unknown_attribute.py:[[@LINE+12]]:5: error[E0104]: 'math.foo' is not supported as a value
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | z = math.foo{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
import math


def f(x):
    y = math.foo(x)
    return x


print(f(1.0))
z = math.foo
