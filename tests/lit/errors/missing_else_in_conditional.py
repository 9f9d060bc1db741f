# A conditional expression without 'else'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_else_in_conditional.py:[[@LINE+4]]:11: error[E0001]: expected 'else', found end of line
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = 1 if x{{$}}
# CHECK-NEXT: {{^ +}}|           ^{{$}}
x = 1
y = 1 if x
