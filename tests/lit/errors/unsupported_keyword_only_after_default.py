# Keyword-only parameters after '*' need no default (valid Python): the
# only error is the unsupported '*', not "parameter without a default".
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_keyword_only_after_default.py:[[@LINE+3]]:15: error[E0010]: '*args' and keyword-only parameters are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a, b=1, *, c):{{$}}
# CHECK-NEXT: {{^ +}}|               ^{{$}}
def f(a, b=1, *, c):
    pass
