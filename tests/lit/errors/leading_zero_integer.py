# A decimal integer with a leading zero (CPython's message).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}leading_zero_integer.py:[[@LINE+3]]:5: error[E0009]: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 0123{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
x = 0123
