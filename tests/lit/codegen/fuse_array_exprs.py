# fuse_array_exprs makes one element loop of a whole expression tree: the
# typed IR after the pass holds one map, the LLVM IR allocates exactly one
# array (the result) and vectorizes; before the pass each operator is a map
# of its own. Under parallel=True the fused loop runs on the runtime's
# threads: an outlined body called through parc_parallel_for.
# RUN: %parc emit --ir --after fuse_array_exprs --function norm %s | FileCheck --check-prefix=FUSED %s
# RUN: %parc emit --ir --after analyze_prange --function norm %s | FileCheck --check-prefix=UNFUSED %s
# RUN: %parc emit --llvm --function norm %s | FileCheck --check-prefix=ALLOC %s
# RUN: %parc emit --llvm-opt --function norm %s | FileCheck --check-prefix=VECTOR %s
# RUN: %parc emit --llvm-opt --function pnorm %s | FileCheck --check-prefix=PARALLEL %s
# RUN: %parc run %s | FileCheck --check-prefix=OUT %s
# FUSED: return (map:array(float64, 1d, C) [x y z 0.5:float64 1.0:float64] (add:float64 (mul:float64 (sqrt:float64 (add:float64 (add:float64 (mul:float64 $0 $0) (mul:float64 $1 $1)) (mul:float64 $2 $2))) $3) $4))
# UNFUSED: return (map:array(float64, 1d, C) [(map:array(float64, 1d, C)
# ALLOC-LABEL: define {{.*}} @norm__
# ALLOC-COUNT-1: call ptr @parc_buffer_new(
# ALLOC-NOT: call ptr @parc_buffer_new(
# ALLOC: ret
# VECTOR-LABEL: define {{.*}} @norm__
# VECTOR: load <{{[0-9]+}} x double>
# VECTOR: @llvm.sqrt.v{{[0-9]+}}f64
# VECTOR: store <{{[0-9]+}} x double>
# PARALLEL-LABEL: define {{.*}} @pnorm__
# PARALLEL: call void @parc_parallel_for(ptr %ctx, ptr nonnull @pnorm__{{.*}}.parallel
# PARALLEL-LABEL: define internal void @pnorm__{{.*}}.parallel(
# PARALLEL: @llvm.sqrt.v{{[0-9]+}}f64
# OUT: [1.         1.8660254  2.73205081 3.59807621 4.46410162]
# OUT: [1.         1.8660254  2.73205081 3.59807621 4.46410162]
import numpy as np
from numba import njit


@njit
def norm(x, y, z):
    return np.sqrt(x * x + y * y + z * z) * 0.5 + 1.0


@njit(parallel=True)
def pnorm(x, y, z):
    return np.sqrt(x * x + y * y + z * z) * 0.5 + 1.0


a = np.arange(5.0)
print(norm(a, a, a))
print(pnorm(a, a, a))
