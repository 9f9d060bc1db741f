# '@' between scalars.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}matmul_scalars.py:[[@LINE+3]]:5: error[E0102]: '@' needs arrays: unsupported operand types 'int64' and 'int64'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1 @ 2{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
x = 1 @ 2
