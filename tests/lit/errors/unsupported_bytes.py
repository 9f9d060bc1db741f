# A bytes literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_bytes.py:[[@LINE+3]]:5: error[E0010]: bytes literals are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = b'ab'{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~{{$}}
x = b'ab'
