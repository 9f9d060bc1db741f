# Mutual recursion with no base case anywhere: one error for the cycle,
# not one per call on it, reported at the definition whose type is needed
# last (g, reached from f).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}mutual_recursion_no_base_case.py:[[@LINE+7]]:1: error[E0106]: cannot infer the return type of 'g': every return is recursive; add a base case
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | def g(n):{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
def f(n):
    return g(n)


def g(n):
    return f(n)


print(f(1))
