# Assignment to a comparison.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_to_comparison.py:[[@LINE+3]]:1: error[E0012]: cannot use a comparison as the target of assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | a < b = 1{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
a < b = 1
