# 'else' on a 'while' loop.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_while_else.py:[[@LINE+5]]:1: error[E0010]: 'else' on a 'while' loop is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | else:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
while x:
    pass
else:
    pass
