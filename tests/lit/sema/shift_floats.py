# Shifts and bitwise operators on floats.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}shift_floats.py:[[@LINE+8]]:5: error[E0102]: unsupported operand types for <<: 'float64' and 'int64'
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | c = a << b{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
# CHECK-NEXT: {{.*}}shift_floats.py:[[@LINE+6]]:5: error[E0102]: unsupported operand types for &: 'int64' and 'float64'
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | d = b & a{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
a = 1.5
b = 2
c = a << b
d = b & a
