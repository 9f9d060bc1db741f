# Builtins, math functions and numpy scalar types take no keyword
# arguments: E0108 at the first keyword.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}builtin_keyword_argument.py:[[@LINE+15]]:9: error[E0108]: abs() takes no keyword arguments
# CHECK-NEXT: {{^ +}}[[@LINE+14]] | a = abs(x=1){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
# CHECK-NEXT: {{.*}}builtin_keyword_argument.py:[[@LINE+13]]:15: error[E0108]: math.sqrt() takes no keyword arguments
# CHECK-NEXT: {{^ +}}[[@LINE+12]] | b = math.sqrt(x=1.0){{$}}
# CHECK-NEXT: {{^ +}}|               ^{{$}}
# CHECK-NEXT: {{.*}}builtin_keyword_argument.py:[[@LINE+11]]:14: error[E0108]: numpy.int32() takes no keyword arguments
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | c = np.int32(x=1){{$}}
# CHECK-NEXT: {{^ +}}|              ^{{$}}
# CHECK-NEXT: {{.*}}builtin_keyword_argument.py:[[@LINE+9]]:20: error[E0108]: range() takes no keyword arguments
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | for i in range(10, step=2):{{$}}
# CHECK-NEXT: {{^ +}}|                    ^~~~{{$}}
import math
import numpy as np

a = abs(x=1)
b = math.sqrt(x=1.0)
c = np.int32(x=1)
for i in range(10, step=2):
    print(i)
