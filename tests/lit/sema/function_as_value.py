# Functions and modules are not values.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}function_as_value.py:[[@LINE+13]]:5: error[E0102]: function 'f' can only be called, not used as a value
# CHECK-NEXT: {{^ +}}[[@LINE+12]] | g = f{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
# CHECK-NEXT: {{.*}}function_as_value.py:[[@LINE+11]]:5: error[E0102]: module 'math' cannot be used as a value
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | m = math{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
import math


def f(x):
    return x


g = f
m = math
