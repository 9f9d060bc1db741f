# A bare '*' making the next parameters keyword-only.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_keyword_only.py:[[@LINE+3]]:10: error[E0010]: '*args' and keyword-only parameters are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a, *, b):{{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
def f(a, *, b):
    pass
