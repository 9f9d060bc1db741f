# A local variable read before the first assignment to it: Python makes
# 'y' local to the whole function, so this is not the module's 'y'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}local_used_before_assignment.py:[[@LINE+7]]:9: error[E0100]: local variable 'y' is used before it is assigned a value
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     z = y{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
y = 2


def f(n):
    z = y
    y = n
    return z


print(f(1))
