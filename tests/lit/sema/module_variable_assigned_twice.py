# A module variable assigned twice is not a constant, so a function cannot
# read it (E0107, at the read).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}module_variable_assigned_twice.py:[[@LINE+8]]:13: error[E0107]: module variable 'scale' is not a constant (it is assigned more than once, in a block, or from a call that may differ each time), so functions cannot read it
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     y = x * scale{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~{{$}}
scale = 2
scale = 3


def f(x):
    y = x * scale
    return x


print(f(1))
