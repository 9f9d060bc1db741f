# A numpy function parc does not provide.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}numpy_unknown_function.py:[[@LINE+5]]:5: error[E0104]: 'numpy.foo' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | y = np.foo(1){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
import numpy as np

y = np.foo(1)
