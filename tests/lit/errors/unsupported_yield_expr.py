# 'yield' as an expression.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_yield_expr.py:[[@LINE+4]]:9: error[E0010]: 'yield' is not supported: parc has no generators
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     x = yield{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~{{$}}
def f():
    x = yield
