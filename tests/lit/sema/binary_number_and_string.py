# Arithmetic between a number and a string, at the whole binary expression.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}binary_number_and_string.py:[[@LINE+7]]:9: error[E0102]: unsupported operand types for +: 'int64' and 'str'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     y = x + "abc"{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}binary_number_and_string.py:[[@LINE+9]]:5: error[E0102]: unsupported operand types for *: 'float64' and 'str'
# CHECK-NEXT: {{^ +}}[[@LINE+8]] | z = 2.5 * "abc"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
def f(x):
    y = x + "abc"
    return x


print(f(1))
z = 2.5 * "abc"
