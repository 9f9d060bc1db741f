# Tuples are not numbers: '+' on tuples is a type mismatch.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}tuple_arithmetic.py:[[@LINE+3]]:5: error[E0102]: unsupported operand types for +: '(int64, int64)' and '(int64,)'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | t = (1, 2) + (3,){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~{{$}}
t = (1, 2) + (3,)
