# Independent unsupported constructs are all reported, in source order.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}several_unsupported.py:[[@LINE+12]]:8: error[E0011]: module 'os' is not supported: parc provides numpy, math, time and numba
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | import os{{$}}
# CHECK-NEXT: {{^ +}}|        ^~{{$}}
# CHECK-NEXT: {{.*}}several_unsupported.py:[[@LINE+10]]:1: error[E0010]: class definitions are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | class A:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~{{$}}
# CHECK-NEXT: {{.*}}several_unsupported.py:[[@LINE+9]]:5: error[E0010]: lambda expressions are not supported; define a function with 'def'
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | x = lambda: 1{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}several_unsupported.py:[[@LINE+7]]:1: error[E0010]: 'del' statements are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | del y{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
import os
class A:
    pass
x = lambda: 1
del y
