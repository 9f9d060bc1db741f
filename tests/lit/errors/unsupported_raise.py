# A 'raise' statement.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_raise.py:[[@LINE+3]]:1: error[E0010]: 'raise' statements are not supported; use 'assert' to stop on bad input
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | raise ValueError{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~~~~~~~~~{{$}}
raise ValueError
