# A single-quoted string without its closing quote.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unterminated_single_quote.py:[[@LINE+3]]:5: error[E0004]: unterminated string literal
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 'abc{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
x = 'abc
y = 1
