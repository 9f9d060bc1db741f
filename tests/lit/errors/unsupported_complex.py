# An imaginary literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_complex.py:[[@LINE+3]]:5: error[E0010]: complex numbers are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1j{{$}}
# CHECK-NEXT: {{^ +}}|     ^~{{$}}
x = 1j
