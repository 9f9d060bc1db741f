# A \U escape beyond U+10FFFF.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}escape_illegal_big_u.py:[[@LINE+3]]:5: error[E0009]: illegal Unicode character in \U escape
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "\U00110000"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~{{$}}
x = "\U00110000"
