# A call with more positional arguments than the function has parameters.
# The location is the whole call.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_too_many_arguments.py:[[@LINE+7]]:7: error[E0101]: f() takes 2 arguments but 3 were given
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | print(f(1, 2, 3)){{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~~~~~~{{$}}
def f(a, b):
    return a + b


print(f(1, 2, 3))
