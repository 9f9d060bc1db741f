# Assignment to a number.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_to_literal.py:[[@LINE+3]]:1: error[E0012]: cannot use a literal as the target of assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | 1 = x{{$}}
# CHECK-NEXT: {{^ +}}| ^{{$}}
1 = x
