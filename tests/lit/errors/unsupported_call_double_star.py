# Keyword argument unpacking with '**' in a call.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_call_double_star.py:[[@LINE+3]]:3: error[E0010]: keyword argument unpacking with '**' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | f(**k){{$}}
# CHECK-NEXT: {{^ +}}|   ^~~{{$}}
f(**k)
