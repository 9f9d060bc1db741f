# An open '[' over several lines.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}bracket_never_closed.py:[[@LINE+3]]:5: error[E0005]: '[' was never closed
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = [1,{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = [1,
  2,
  3
