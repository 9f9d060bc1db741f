# A keyword argument that names no parameter: the location is the keyword.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_unexpected_keyword.py:[[@LINE+7]]:12: error[E0101]: f() got an unexpected keyword argument 'c'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | print(f(1, c=2)){{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
def f(a, b=1):
    return a + b


print(f(1, c=2))
