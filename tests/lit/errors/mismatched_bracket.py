# A ')' closing a '['; the note shows where the '[' was opened.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}mismatched_bracket.py:[[@LINE+6]]:10: error[E0005]: closing parenthesis ')' does not match opening bracket '['
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | x = [1, 2){{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
# CHECK-NEXT: {{.*}}mismatched_bracket.py:[[@LINE+3]]:5: note: opened here
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = [1, 2){{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = [1, 2)
