# An integer literal beyond 64 bits.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}integer_too_large.py:[[@LINE+3]]:5: error[E0009]: integer literal is too large: parc's integers are at most 64 bits
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 99999999999999999999{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~~~~~{{$}}
x = 99999999999999999999
