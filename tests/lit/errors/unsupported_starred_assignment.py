# A starred target: one error, not a second one about the target.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_starred_assignment.py:[[@LINE+3]]:4: error[E0010]: starred expressions ('*x') are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | a, *b = c{{$}}
# CHECK-NEXT: {{^ +}}|    ^~{{$}}
a, *b = c
