# A positional argument after a keyword argument.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}positional_after_keyword.py:[[@LINE+3]]:8: error[E0001]: positional argument follows keyword argument
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | f(a=1, 2){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
f(a=1, 2)
