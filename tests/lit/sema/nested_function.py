# Functions defined inside functions are rejected.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}nested_function.py:[[@LINE+4]]:5: error[E0010]: nested functions are not supported; define them at module level
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     def g(y):{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
def f(x):
    def g(y):
        return y
    return x


print(f(4.0))
