# A 'nonlocal' statement.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_nonlocal.py:[[@LINE+4]]:5: error[E0010]: 'nonlocal' statements are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     nonlocal x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~{{$}}
def f():
    nonlocal x
