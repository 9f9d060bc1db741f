# try/finally.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_try_finally.py:[[@LINE+3]]:1: error[E0010]: 'try' statements are not supported: parc has no exception handling
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | try:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~{{$}}
try:
    x = 1
finally:
    x = 2
