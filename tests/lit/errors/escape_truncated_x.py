# A \x escape with one hex digit.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}escape_truncated_x.py:[[@LINE+3]]:5: error[E0009]: truncated \x escape
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "\x4"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
x = "\x4"
