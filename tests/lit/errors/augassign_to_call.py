# Augmented assignment to a call.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}augassign_to_call.py:[[@LINE+3]]:1: error[E0012]: cannot use a function call as the target of augmented assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | f() += 1{{$}}
# CHECK-NEXT: {{^ +}}| ^~~{{$}}
f() += 1
