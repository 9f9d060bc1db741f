# A \u escape with two hex digits.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}escape_truncated_u.py:[[@LINE+3]]:5: error[E0009]: truncated \u escape
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "\u12"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
x = "\u12"
