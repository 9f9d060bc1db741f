# A ']' closing a '(' opened on an earlier line.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}mismatched_bracket_multiline.py:[[@LINE+8]]:10: error[E0005]: closing bracket ']' does not match opening parenthesis '('
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |         2]{{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
# CHECK-NEXT: {{.*}}mismatched_bracket_multiline.py:[[@LINE+4]]:12: note: opened here
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     return (1 +{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
def f():
    return (1 +
        2]
