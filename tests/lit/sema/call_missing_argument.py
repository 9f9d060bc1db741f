# A call that leaves a parameter without a value or a default.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_missing_argument.py:[[@LINE+7]]:7: error[E0101]: f() missing required argument 'b'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | print(f(1, c=2)){{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~~~~~{{$}}
def f(a, b, c=3):
    return a + b + c


print(f(1, c=2))
