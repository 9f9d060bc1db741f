# A function signature whose '(' is not closed.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}paren_never_closed_in_def.py:[[@LINE+3]]:6: error[E0005]: '(' was never closed
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a, b:{{$}}
# CHECK-NEXT: {{^ +}}|      ^{{$}}
def f(a, b:
    return a
