# A star import, even of a supported module.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_star_import.py:[[@LINE+3]]:19: error[E0010]: 'from numba import *' is not supported; import the names you use
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | from numba import *{{$}}
# CHECK-NEXT: {{^ +}}|                   ^{{$}}
from numba import *
