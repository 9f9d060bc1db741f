# A binary operator with no right operand.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_operand.py:[[@LINE+3]]:8: error[E0001]: expected an expression, found end of line
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1 +{{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
x = 1 +
