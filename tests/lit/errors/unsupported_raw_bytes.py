# A raw bytes literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_raw_bytes.py:[[@LINE+3]]:5: error[E0010]: bytes literals are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = rb'ab'{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
x = rb'ab'
