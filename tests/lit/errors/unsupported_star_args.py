# '*args' in a signature.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_star_args.py:[[@LINE+3]]:7: error[E0010]: '*args' and keyword-only parameters are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(*args):{{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~{{$}}
def f(*args):
    pass
