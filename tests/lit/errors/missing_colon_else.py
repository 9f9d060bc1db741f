# An 'else' without its ':'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_else.py:[[@LINE+6]]:5: error[E0001]: expected ':' after 'else'
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | else{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = 1
if x:
    pass
else
    pass
