# A 'del' statement.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_del.py:[[@LINE+4]]:1: error[E0010]: 'del' statements are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | del x{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
x = 1
del x
