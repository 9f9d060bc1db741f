# An 'async def'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_async_def.py:[[@LINE+3]]:1: error[E0010]: 'async' functions and statements are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | async def f():{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
async def f():
    pass
