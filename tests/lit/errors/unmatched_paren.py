# A ')' with nothing to close.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unmatched_paren.py:[[@LINE+3]]:6: error[E0005]: unmatched ')'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1){{$}}
# CHECK-NEXT: {{^ +}}|      ^{{$}}
x = 1)
