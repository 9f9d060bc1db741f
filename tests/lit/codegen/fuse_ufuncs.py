# NumPy's ufuncs, np.where and np.clip are element-wise maps like the
# operators: fuse_array_exprs makes one loop of a whole tree of them (one
# allocation, the result), which vectorizes (NaN-propagating maximum and
# minimum, sign and where are selects); under parallel=True the fused loop
# runs through parc_parallel_for.
# RUN: %parc emit --ir --after fuse_array_exprs --function soft %s | FileCheck --check-prefix=FUSED %s
# RUN: %parc emit --llvm --function soft %s | FileCheck --check-prefix=ALLOC %s
# RUN: %parc emit --llvm-opt --function soft %s | FileCheck --check-prefix=VECTOR %s
# RUN: %parc emit --llvm-opt --function psoft %s | FileCheck --check-prefix=PARALLEL %s
# RUN: %parc run %s | FileCheck --check-prefix=OUT %s
# FUSED: return (map:array(float64, 1d, C) [x y 0.0:float64 0.0:float64 lo hi] (minimum:float64 (maximum:float64 (mul:float64 (where:float64 ($0 gt $1) (maximum:float64 $0 $2) (minimum:float64 $1 $3)) (sign:float64 $0)) $4) $5))
# ALLOC-LABEL: define {{.*}} @soft__
# ALLOC-COUNT-1: call ptr @parc_buffer_new(
# ALLOC-NOT: call ptr @parc_buffer_new(
# ALLOC: ret
# VECTOR-LABEL: define {{.*}} @soft__
# VECTOR: load <{{[0-9]+}} x double>
# VECTOR: select <{{[0-9]+}} x i1>
# VECTOR: store <{{[0-9]+}} x double>
# PARALLEL-LABEL: define {{.*}} @psoft__
# PARALLEL: call void @parc_parallel_for(ptr %ctx, ptr nonnull @psoft__{{.*}}.parallel
# PARALLEL-LABEL: define internal void @psoft__{{.*}}.parallel(
# PARALLEL: select <{{[0-9]+}} x i1>
# OUT: [-0.  -0.  -0.   0.   1.   1.5]
# OUT: [-0.  -0.  -0.   0.   1.   1.5]
import numpy as np
from numba import njit


@njit
def soft(x, y, lo, hi):
    return np.clip(np.where(x > y, np.maximum(x, 0.0), np.minimum(y, 0.0)) * np.sign(x), lo, hi)


@njit(parallel=True)
def psoft(x, y, lo, hi):
    return np.clip(np.where(x > y, np.maximum(x, 0.0), np.minimum(y, 0.0)) * np.sign(x), lo, hi)


a = np.arange(-3.0, 3.0)
print(soft(a, a[::-1] * 0.5, -1.0, 1.5))
print(psoft(a, a[::-1] * 0.5, -1.0, 1.5))
