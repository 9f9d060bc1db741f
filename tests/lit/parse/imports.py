# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Imports of the modules parc provides: each name of 'import a, b' becomes
# its own Import located at that name; 'from' imports keep every name.

# CHECK:Module {{.*}}imports.py

# import with an alias
# CHECK-NEXT:  Import numpy as np @[[@LINE+1]]:8
import numpy as np

# plain imports, one per line
# CHECK-NEXT:  Import math @[[@LINE+1]]:8
import math
# CHECK-NEXT:  Import time @[[@LINE+1]]:8
import time
# CHECK-NEXT:  Import numba @[[@LINE+1]]:8
import numba

# several modules in one statement: one Import per module, each at its name
# CHECK-NEXT:  Import math @[[@LINE+3]]:8
# CHECK-NEXT:  Import time as t @[[@LINE+2]]:14
# CHECK-NEXT:  Import numba @[[@LINE+1]]:25
import math, time as t, numba

# dotted module names
# CHECK-NEXT:  Import numpy.linalg @[[@LINE+1]]:8
import numpy.linalg
# CHECK-NEXT:  Import numpy.random as npr @[[@LINE+1]]:8
import numpy.random as npr

# from-import of several names
# CHECK-NEXT:  ImportFrom numba: njit, prange @[[@LINE+1]]:1
from numba import njit, prange

# from-import with aliases, mixed
# CHECK-NEXT:  ImportFrom math: sqrt as s, pi, floor as fl @[[@LINE+1]]:1
from math import sqrt as s, pi, floor as fl

# from-import in parentheses with a trailing comma
# CHECK-NEXT:  ImportFrom numpy: zeros, empty as e @[[@LINE+1]]:1
from numpy import (zeros,
                   empty as e,)

# imports indented inside a function body
# CHECK-NEXT:  FunctionDef f @[[@LINE+1]]:1
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      Import math @[[@LINE+1]]:12
    import math
# CHECK-NEXT:      ImportFrom math: sqrt @[[@LINE+1]]:5
    from math import sqrt
# CHECK-NEXT:      Return @[[@LINE+5]]:5
# CHECK-NEXT:        Call @[[@LINE+4]]:12
# CHECK-NEXT:          func: Name sqrt @[[@LINE+3]]:12
# CHECK-NEXT:          arg: Attribute .pi @[[@LINE+2]]:17
# CHECK-NEXT:            Name math @[[@LINE+1]]:17
    return sqrt(math.pi)

# Nothing follows the last statement.
# CHECK-EMPTY:
