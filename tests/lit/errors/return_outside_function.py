# 'return' at module level.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}return_outside_function.py:[[@LINE+4]]:1: error[E0001]: 'return' outside function
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | return x{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~{{$}}
x = 1
return x
