# Builtins and numpy scalar types called with the wrong number of
# arguments: each call is reported, at the whole call.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}builtin_argument_count.py:[[@LINE+14]]:10: error[E0101]: range() takes 1 to 3 arguments but 4 were given
# CHECK-NEXT: {{^ +}}[[@LINE+13]] | for i in range(1, 2, 3, 4):{{$}}
# CHECK-NEXT: {{^ +}}|          ^~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}builtin_argument_count.py:[[@LINE+13]]:5: error[E0101]: min() takes 2 to 64 arguments but 1 was given
# CHECK-NEXT: {{^ +}}[[@LINE+12]] | a = min(1){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}builtin_argument_count.py:[[@LINE+11]]:5: error[E0101]: numpy.int32() takes 1 argument but 2 were given
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | b = np.int32(1, 2){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}builtin_argument_count.py:[[@LINE+9]]:5: error[E0101]: abs() takes 1 argument but 0 were given
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | c = abs(){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
import numpy as np

for i in range(1, 2, 3, 4):
    print(i)
a = min(1)
b = np.int32(1, 2)
c = abs()
