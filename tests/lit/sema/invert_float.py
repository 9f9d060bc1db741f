# '~' on a float.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invert_float.py:[[@LINE+4]]:5: error[E0102]: bad operand type for unary ~: 'float64'
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = ~x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~{{$}}
x = 1.5
y = ~x
