# A relative import.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_relative_import.py:[[@LINE+3]]:1: error[E0011]: relative imports are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | from . import x{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~~~~~~~~{{$}}
from . import x
