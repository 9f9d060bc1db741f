# Unary minus on a string, inside other arguments: the column counts
# characters, not UTF-8 bytes.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}negate_string.py:[[@LINE+3]]:16: error[E0102]: bad operand type for unary -: 'str'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | print("héllo", -"x"){{$}}
# CHECK-NEXT: {{^ +}}|                ^~~~{{$}}
print("héllo", -"x")
