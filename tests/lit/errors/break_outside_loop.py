# 'break' outside a loop.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}break_outside_loop.py:[[@LINE+4]]:5: error[E0001]: 'break' outside loop
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     break{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
def f():
    break
