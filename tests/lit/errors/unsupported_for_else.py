# 'else' on a 'for' loop.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_for_else.py:[[@LINE+5]]:1: error[E0010]: 'else' on a 'for' loop is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | else:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
for i in x:
    pass
else:
    pass
