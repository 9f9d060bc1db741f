# A parameter given both positionally and by keyword.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_duplicate_value.py:[[@LINE+7]]:12: error[E0101]: f() got multiple values for argument 'a'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | print(f(1, a=2)){{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
def f(a, b=1):
    return a + b


print(f(1, a=2))
