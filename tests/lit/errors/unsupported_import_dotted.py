# A dotted import of an unsupported module, after a supported one.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_import_dotted.py:[[@LINE+4]]:8: error[E0011]: module 'os.path' is not supported: parc provides numpy, math, time and numba
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | import os.path{{$}}
# CHECK-NEXT: {{^ +}}|        ^~~~~~~{{$}}
import numpy.linalg as la
import os.path
