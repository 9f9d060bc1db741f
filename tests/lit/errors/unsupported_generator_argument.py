# A generator expression as the only argument of a call.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_generator_argument.py:[[@LINE+3]]:9: error[E0010]: generator expressions are not supported; use a loop
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = sum(i for i in y){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~{{$}}
x = sum(i for i in y)
