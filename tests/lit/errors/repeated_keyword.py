# The same keyword argument twice.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}repeated_keyword.py:[[@LINE+3]]:8: error[E0001]: keyword argument repeated: 'a'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | f(a=1, a=2){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
f(a=1, a=2)
