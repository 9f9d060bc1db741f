# '=' where '==' was meant, in a 'while' condition.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_in_while_hint.py:[[@LINE+4]]:9: error[E0001]: unexpected '=' in an expression; did you mean '=='?
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | while x = 1:{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
x = 1
while x = 1:
    pass
