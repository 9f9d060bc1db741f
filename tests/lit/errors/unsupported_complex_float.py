# An imaginary float literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_complex_float.py:[[@LINE+3]]:5: error[E0010]: complex numbers are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = .5j{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
x = .5j
