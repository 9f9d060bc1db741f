# 'from' import of an unsupported module.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_from_import.py:[[@LINE+3]]:6: error[E0011]: module 'os' is not supported: parc provides numpy, math, time and numba
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | from os import path{{$}}
# CHECK-NEXT: {{^ +}}|      ^~{{$}}
from os import path
