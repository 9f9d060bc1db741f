# Assignment to an arithmetic expression.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_to_operator_expression.py:[[@LINE+3]]:1: error[E0012]: cannot use an expression as the target of assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x + 1 = 2{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
x + 1 = 2
