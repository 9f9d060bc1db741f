# Of several failing iterations, the one reported is the earliest, as in a
# serial loop, even when its chunk is slow: the iterations before it do much
# more work than those of later chunks, which fail at once. Each index
# message names a different index, so the line shows which one won.
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
# CHECK: {{^.*}}runtime_earliest_error.py:[[@LINE+14]]: IndexError: index 7120 is out of bounds for axis 0 with size 7000{{$}}
# OUT: before 28.0
# OUT-NOT: after
import numpy as np
from numba import njit, prange


@njit(boundscheck=True)
def gather(a, idx, work):
    out = np.zeros(idx.shape[0])
    for i in prange(idx.shape[0]):
        s = 0.0
        for k in range(work[i]):
            s += k % 2
        out[i] = a[idx[i]] + s
    return out


print("before", gather(np.arange(8) * 1.0, np.arange(8), np.zeros(8, dtype=np.int64)).sum())
n = 7000
idx = np.arange(n)
work = np.zeros(n, dtype=np.int64)
work[:125] = 200_000
idx[120] = n + 120
idx[3000] = n + 3000
idx[5000] = -n - 5000
idx[6999] = n + 6999
print("after", gather(np.arange(n) * 1.0, idx, work).sum())
