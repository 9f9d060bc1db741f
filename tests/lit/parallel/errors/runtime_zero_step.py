# A prange step of zero raises ValueError with range()'s message and the
# line of the loop: for the inner loop of a collapsed nest too (reported
# once, not once per thread).
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o 2> %t.1o.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.1o.err
# RUN: FileCheck --check-prefix=OUT %s < %t.1o
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t 2> %t.1t.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.1t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.1t
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o 2> %t.2o.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.2o.err
# RUN: FileCheck --check-prefix=OUT %s < %t.2o
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t 2> %t.2t.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.2t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.2t
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o 2> %t.7o.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.7o.err
# RUN: FileCheck --check-prefix=OUT %s < %t.7o
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t 2> %t.7t.err; test $? -eq 1
# RUN: FileCheck --implicit-check-not=Error %s < %t.7t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.7t
# CHECK: {{^.*}}runtime_zero_step.py:[[@LINE+11]]: ValueError: range() arg 3 must not be zero{{$}}
# OUT: before 4.0
# OUT-NOT: after
import numpy as np
from numba import njit, prange


@njit
def fill(n, step):
    out = np.zeros((n, n))
    for i in prange(n):
        for j in prange(0, n, step):
            out[i, j] = 1.0
    return out


print("before", fill(2, 1).sum())
print("after", fill(100, 0).sum())
