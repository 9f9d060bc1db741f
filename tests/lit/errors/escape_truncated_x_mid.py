# A \x escape with one hex digit in the middle of a string.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}escape_truncated_x_mid.py:[[@LINE+3]]:5: error[E0009]: truncated \x escape
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "ab\x4g"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
x = "ab\x4g"
