# The base case can come after the recursive return: the type is inferred
# from the non-recursive path, so the only error here is the unrelated one.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}recursion_with_base_case.py:[[@LINE+10]]:5: error[E0100]: name 'undefined_name' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | x = undefined_name{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~{{$}}
def f(n):
    if n > 1:
        return f(n - 1) * n
    return 1


print(f(5))
x = undefined_name
