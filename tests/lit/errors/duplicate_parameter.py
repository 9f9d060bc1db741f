# The same parameter name twice.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}duplicate_parameter.py:[[@LINE+3]]:13: error[E0001]: duplicate parameter 'a' in function definition
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(a, b, a):{{$}}
# CHECK-NEXT: {{^ +}}|             ^{{$}}
def f(a, b, a):
    pass
