# A class definition: not supported; the span covers 'class NAME'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_class.py:[[@LINE+3]]:1: error[E0010]: class definitions are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | class A:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~{{$}}
class A:
    pass
