# A generator function.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_yield.py:[[@LINE+4]]:5: error[E0010]: 'yield' is not supported: parc has no generators
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     yield 1{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~{{$}}
def f():
    yield 1
