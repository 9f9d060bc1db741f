# Assignment to a string.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_to_string.py:[[@LINE+3]]:1: error[E0012]: cannot use a literal as the target of assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | "s" = 1{{$}}
# CHECK-NEXT: {{^ +}}| ^~~{{$}}
"s" = 1
