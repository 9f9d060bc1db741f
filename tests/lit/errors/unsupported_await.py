# 'await' in a function.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_await.py:[[@LINE+4]]:5: error[E0010]: 'await' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     await g(){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
def f():
    await g()
