# A 'while' header without its ':'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_while.py:[[@LINE+3]]:11: error[E0001]: expected ':' after 'while' condition
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | while True{{$}}
# CHECK-NEXT: {{^ +}}|           ^{{$}}
while True
    pass
