# Attributes and methods of scalars are not supported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}attribute_of_number.py:[[@LINE+7]]:5: error[E0104]: int64 has no attribute 'real'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | y = x.real{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}attribute_of_number.py:[[@LINE+6]]:5: error[E0104]: float64 has no method 'is_integer'
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | w = z.is_integer(){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~{{$}}
x = 1
y = x.real
z = 1.5
w = z.is_integer()
