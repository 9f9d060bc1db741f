# '=' where '==' was meant, in an 'if' condition.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_in_if_hint.py:[[@LINE+4]]:6: error[E0001]: unexpected '=' in an expression; did you mean '=='?
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | if x = 1:{{$}}
# CHECK-NEXT: {{^ +}}|      ^{{$}}
x = 1
if x = 1:
    pass
