# '**kwargs' in a signature.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_kwargs.py:[[@LINE+3]]:7: error[E0010]: '**kwargs' parameters are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(**kwargs):{{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~~~~{{$}}
def f(**kwargs):
    pass
