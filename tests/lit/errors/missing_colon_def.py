# A function header without its ':' (CPython: expected ':').
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_def.py:[[@LINE+3]]:8: error[E0001]: expected ':' after function signature
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
def f()
    return 1
