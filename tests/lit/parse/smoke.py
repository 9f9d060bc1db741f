# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# The example of DESIGN.md, end to end: imports, a decorated function with a
# prange loop, module-level statements. `parc check` accepts it silently.

# CHECK:Module {{.*}}smoke.py

# the imports
# CHECK-NEXT:  Import math @[[@LINE+1]]:8
import math
# CHECK-NEXT:  Import numpy as np @[[@LINE+1]]:8
import numpy as np
# CHECK-NEXT:  ImportFrom numba: njit, prange @[[@LINE+1]]:1
from numba import njit, prange

# the kernel
# CHECK-NEXT:  FunctionDef normalize @[[@LINE+6]]:1
# CHECK-NEXT:    decorator: Call @[[@LINE+3]]:2
# CHECK-NEXT:      func: Name njit @[[@LINE+2]]:2
# CHECK-NEXT:      keyword parallel: BoolLit True @[[@LINE+1]]:16
@njit(parallel=True)
# CHECK-NEXT:    param x @[[@LINE+1]]:15
def normalize(x):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+6]]:5
# CHECK-NEXT:        target: Name out @[[@LINE+5]]:5
# CHECK-NEXT:        value: Call @[[@LINE+4]]:11
# CHECK-NEXT:          func: Attribute .empty_like @[[@LINE+3]]:11
# CHECK-NEXT:            Name np @[[@LINE+2]]:11
# CHECK-NEXT:          arg: Name x @[[@LINE+1]]:25
    out = np.empty_like(x)
# CHECK-NEXT:      Assign @[[@LINE+5]]:5
# CHECK-NEXT:        target: Name m @[[@LINE+4]]:5
# CHECK-NEXT:        value: Call @[[@LINE+3]]:9
# CHECK-NEXT:          func: Attribute .mean @[[@LINE+2]]:9
# CHECK-NEXT:            Name x @[[@LINE+1]]:9
    m = x.mean()
# CHECK-NEXT:      For @[[@LINE+8]]:5
# CHECK-NEXT:        target: Name i @[[@LINE+7]]:9
# CHECK-NEXT:        iter: Call @[[@LINE+6]]:14
# CHECK-NEXT:          func: Name prange @[[@LINE+5]]:14
# CHECK-NEXT:          arg: Subscript @[[@LINE+4]]:21
# CHECK-NEXT:            value: Attribute .shape @[[@LINE+3]]:21
# CHECK-NEXT:              Name x @[[@LINE+2]]:21
# CHECK-NEXT:            index: IntLit 0 @[[@LINE+1]]:29
    for i in prange(x.shape[0]):
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign @[[@LINE+14]]:9
# CHECK-NEXT:            target: Subscript @[[@LINE+13]]:9
# CHECK-NEXT:              value: Name out @[[@LINE+12]]:9
# CHECK-NEXT:              index: Name i @[[@LINE+11]]:13
# CHECK-NEXT:            value: Binary / @[[@LINE+10]]:18
# CHECK-NEXT:              Binary - @[[@LINE+9]]:19
# CHECK-NEXT:                Subscript @[[@LINE+8]]:19
# CHECK-NEXT:                  value: Name x @[[@LINE+7]]:19
# CHECK-NEXT:                  index: Name i @[[@LINE+6]]:21
# CHECK-NEXT:                Name m @[[@LINE+5]]:26
# CHECK-NEXT:              Call @[[@LINE+4]]:31
# CHECK-NEXT:                func: Attribute .sqrt @[[@LINE+3]]:31
# CHECK-NEXT:                  Name math @[[@LINE+2]]:31
# CHECK-NEXT:                arg: Name m @[[@LINE+1]]:41
        out[i] = (x[i] - m) / math.sqrt(m)
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name out @[[@LINE+1]]:12
    return out

# the module-level code that calls it
# CHECK-NEXT:  Assign @[[@LINE+8]]:1
# CHECK-NEXT:    target: Name a @[[@LINE+7]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+6]]:5
# CHECK-NEXT:      Call @[[@LINE+5]]:5
# CHECK-NEXT:        func: Attribute .arange @[[@LINE+4]]:5
# CHECK-NEXT:          Name np @[[@LINE+3]]:5
# CHECK-NEXT:        arg: IntLit 1000000 @[[@LINE+2]]:15
# CHECK-NEXT:      FloatLit 0.5 @[[@LINE+1]]:28
a = np.arange(1_000_000) * 0.5
# CHECK-NEXT:  ExprStmt @[[@LINE+8]]:1
# CHECK-NEXT:    Call @[[@LINE+7]]:1
# CHECK-NEXT:      func: Name print @[[@LINE+6]]:1
# CHECK-NEXT:      arg: Call @[[@LINE+5]]:7
# CHECK-NEXT:        func: Attribute .sum @[[@LINE+4]]:7
# CHECK-NEXT:          Call @[[@LINE+3]]:7
# CHECK-NEXT:            func: Name normalize @[[@LINE+2]]:7
# CHECK-NEXT:            arg: Name a @[[@LINE+1]]:17
print(normalize(a).sum())

# Nothing follows the last statement.
# CHECK-EMPTY:
