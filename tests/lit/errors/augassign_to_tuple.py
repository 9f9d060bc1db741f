# Augmented assignment to a tuple.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}augassign_to_tuple.py:[[@LINE+3]]:1: error[E0012]: cannot use a tuple as the target of augmented assignment
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | a, b += 1{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
a, b += 1
