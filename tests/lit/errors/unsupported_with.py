# A 'with' statement.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_with.py:[[@LINE+3]]:1: error[E0010]: 'with' statements are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | with open(f) as g:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
with open(f) as g:
    pass
