# A set literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_set_literal.py:[[@LINE+3]]:5: error[E0010]: set literals are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = {1, 2}{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
x = {1, 2}
