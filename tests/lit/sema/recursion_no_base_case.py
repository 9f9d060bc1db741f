# Every return of f is recursive, so its return type cannot be inferred.
# That is one error (neither the recursive call nor the call site in
# __main__ adds a second one), reported at the function's definition.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}recursion_no_base_case.py:[[@LINE+3]]:1: error[E0106]: cannot infer the return type of 'f': every return is recursive; add a base case
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(n):{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
def f(n):
    return f(n - 1) + 1


print(f(3))
