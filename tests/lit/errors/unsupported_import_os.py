# An import of a module parc does not provide.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_import_os.py:[[@LINE+3]]:8: error[E0011]: module 'os' is not supported: parc provides numpy, math, time and numba
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | import os{{$}}
# CHECK-NEXT: {{^ +}}|        ^~{{$}}
import os
