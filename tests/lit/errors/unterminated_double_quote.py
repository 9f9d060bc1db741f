# A double-quoted string without its closing quote, inside a function.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unterminated_double_quote.py:[[@LINE+4]]:9: error[E0004]: unterminated string literal
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     y = "abc{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~{{$}}
def f(x):
    y = "abc
    return y
