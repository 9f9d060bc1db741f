# An 'elif' header without its ':'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_elif.py:[[@LINE+6]]:7: error[E0001]: expected ':' after 'elif' condition
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | elif x{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 1
if x:
    pass
elif x
    pass
