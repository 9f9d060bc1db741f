# A '/' marking positional-only parameters.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_positional_only.py:[[@LINE+3]]:10: error[E0010]: positional-only parameters ('/') are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a, /, b):{{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
def f(a, /, b):
    pass
