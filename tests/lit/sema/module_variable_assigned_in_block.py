# A module variable assigned inside a block is not a constant either.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}module_variable_assigned_in_block.py:[[@LINE+9]]:13: error[E0107]: module variable 'scale' is not a constant (it is assigned more than once, in a block, or from a call that may differ each time), so functions cannot read it
# CHECK-NEXT: {{^ +}}[[@LINE+8]] |     y = x * scale{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~{{$}}
flag = True
if flag:
    scale = 3


def f(x):
    y = x * scale
    return x


print(f(1))
