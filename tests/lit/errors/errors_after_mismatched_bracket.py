# A mismatched bracket is treated as the matching one, so the next line
# is parsed normally and its own error is found.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}errors_after_mismatched_bracket.py:[[@LINE+9]]:10: error[E0005]: closing bracket ']' does not match opening parenthesis '('
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | x = (1, 2]{{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
# CHECK-NEXT: {{.*}}errors_after_mismatched_bracket.py:[[@LINE+6]]:5: note: opened here
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | x = (1, 2]{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
# CHECK-NEXT: {{.*}}errors_after_mismatched_bracket.py:[[@LINE+4]]:5: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = ${{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = (1, 2]
y = $
