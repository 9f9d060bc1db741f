# A module variable assigned twice is not a constant, so a function cannot
# read it (E0107, at the read).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}module_variable_assigned_twice.py:[[@LINE+8]]:13: error[E0107]: module variable 'scale' is assigned more than once (or in a block), so functions cannot read it; functions read only module-level constants
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     y = x * scale{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~{{$}}
scale = 2
scale = 3


def f(x):
    y = x * scale
    return x


print(f(1))
