# Calling a module variable from a function, and an expression that is
# not a name.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}not_callable_module_variable.py:[[@LINE+10]]:9: error[E0105]: 'k' is a variable, not a function
# CHECK-NEXT: {{^ +}}[[@LINE+9]] |     m = k(n){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
# CHECK-NEXT: {{.*}}not_callable_module_variable.py:[[@LINE+12]]:5: error[E0105]: this expression is not a function
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | t = (1, 2)(3){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
k = 3


def f(n):
    m = k(n)
    return n


print(f(1))
t = (1, 2)(3)
