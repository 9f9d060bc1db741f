# The Ellipsis literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_ellipsis.py:[[@LINE+3]]:5: error[E0010]: '...' (Ellipsis) is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = ...{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
x = ...
