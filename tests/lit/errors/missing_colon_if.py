# An 'if' header without its ':'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_if.py:[[@LINE+4]]:5: error[E0001]: expected ':' after 'if' condition
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | if x{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = 1
if x
    pass
