# An open '{'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}brace_never_closed.py:[[@LINE+3]]:5: error[E0005]: '{' was never closed
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = {1: 2{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = {1: 2
