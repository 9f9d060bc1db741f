# An error in the value a function returns is reported once. The call site
# does not add "every return is recursive" (E0106): no return is recursive.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}no_cascade_function_return.py:[[@LINE+7]]:16: error[E0100]: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     return x + undefined_thing{{$}}
# CHECK-NEXT: {{^ +}}|                ^~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}no_cascade_function_return.py:[[@LINE+8]]:9: error[E0100]: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     y = undefined_thing{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~{{$}}
def f(x):
    return x + undefined_thing


def g(x):
    y = undefined_thing
    z = y * 2
    return z


print(f(1))
print(g(1))
