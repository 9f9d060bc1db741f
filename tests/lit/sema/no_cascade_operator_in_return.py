# Type errors in returned expressions: one error each, no E0106 at the calls.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}no_cascade_operator_in_return.py:[[@LINE+7]]:12: error[E0102]: bad operand type for unary ~: 'float64'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     return ~x{{$}}
# CHECK-NEXT: {{^ +}}|            ^~{{$}}
# CHECK-NEXT: {{.*}}no_cascade_operator_in_return.py:[[@LINE+8]]:12: error[E0102]: tuples are indexed with integer constants only
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     return t[i]{{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~{{$}}
def f(x):
    return ~x


def g(t, i):
    return t[i]


print(f(1.5))
print(g((1, 2), 0))
