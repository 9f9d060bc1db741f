# A decorated class: reported at the 'class' keyword.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_decorated_class.py:[[@LINE+4]]:1: error[E0010]: class definitions are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | class A:{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~{{$}}
@dec
class A:
    pass
