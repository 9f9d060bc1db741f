# range() takes integers: the location is the bad argument.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}range_non_integer.py:[[@LINE+3]]:19: error[E0102]: range() takes integers, not float64
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | for i in range(0, 1.5):{{$}}
# CHECK-NEXT: {{^ +}}|                   ^~~{{$}}
for i in range(0, 1.5):
    print(i)
