# Comparing with a string: the location is the string operand.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}compare_string.py:[[@LINE+7]]:9: error[E0102]: cannot compare str values here
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | b = x < "abc"{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
# CHECK-NEXT: {{.*}}compare_string.py:[[@LINE+5]]:5: error[E0102]: cannot compare str values here
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | c = "abc" == x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
x = 1
b = x < "abc"
c = "abc" == x
