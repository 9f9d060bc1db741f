# A parameter without a default after one with a default.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}non_default_after_default.py:[[@LINE+3]]:12: error[E0001]: parameter without a default follows parameter with a default
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a=1, b):{{$}}
# CHECK-NEXT: {{^ +}}|            ^{{$}}
def f(a=1, b):
    pass
