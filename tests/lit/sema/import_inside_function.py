# Imports inside functions are rejected, at the statement for 'from m import
# n' and at the module name for 'import m' (as Import nodes are placed). The
# name it would bind is not then reported as undefined.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}import_inside_function.py:[[@LINE+10]]:5: error[E0010]: imports inside functions are not supported; import at module level
# CHECK-NEXT: {{^ +}}[[@LINE+9]] |     from math import sqrt{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}import_inside_function.py:[[@LINE+8]]:12: error[E0010]: imports inside functions are not supported; import at module level
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     import math{{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~{{$}}
import numpy as np


def f(x):
    from math import sqrt
    import math
    return math.sqrt(x)


print(f(4.0))
