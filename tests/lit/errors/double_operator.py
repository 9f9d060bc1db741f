# Two binary operators in a row.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}double_operator.py:[[@LINE+4]]:8: error[E0001]: expected an expression, found '*'
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = 2 +* 3{{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
x = 1
y = 2 +* 3
