# @njit(fastmath=True) gives the function's float operations LLVM's `fast`
# flags (so a float sum vectorizes, reassociated, as in Numba); a function
# without it keeps strict IEEE order and its sum loop stays scalar.
# RUN: %parc emit --llvm --function fast_sum %s | FileCheck --check-prefix=FAST %s
# RUN: %parc emit --llvm --function strict_sum %s | FileCheck --check-prefix=STRICT %s
# RUN: %parc emit --llvm-opt --function fast_sum %s | FileCheck --check-prefix=VECTOR %s
# RUN: %parc run %s | FileCheck --check-prefix=OUT %s
# FAST: define {{.*}} @fast_sum__array_float64__1d__C_
# FAST: fadd fast double
# STRICT: define {{.*}} @strict_sum__array_float64__1d__C_
# STRICT-NOT: fast
# VECTOR: fadd fast <{{[0-9]+}} x double>
# OUT: 500000.0 500000.0
import numpy as np
from numba import njit


@njit(fastmath=True)
def fast_sum(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i]
    return total


@njit
def strict_sum(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i]
    return total


x = np.full(1000000, 0.5)
print(fast_sum(x), strict_sum(x))
