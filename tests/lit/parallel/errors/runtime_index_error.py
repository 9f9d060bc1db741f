# IndexError under boundscheck=True in several iterations of a prange
# loop, in different chunks: reported once, for the earliest iteration that
# fails (the error of the earliest chunk, as in a serial loop), whatever the
# number of threads, with the line of the subscript; exit status 1.
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
# CHECK: {{^.*}}runtime_index_error.py:[[@LINE+11]]: IndexError: index 10150 is out of bounds for axis 0 with size 10000{{$}}
# OUT: before 90
# OUT-NOT: after
import numpy as np
from numba import njit, prange


@njit(parallel=True, boundscheck=True)
def gather(a, idx):
    out = np.zeros(idx.shape[0], dtype=np.int64)
    for i in prange(idx.shape[0]):
        out[i] = a[idx[i]] * 2
    return out


print("before", gather(np.arange(10), np.arange(10)).sum())
idx = np.arange(10_000)
idx[150] = 10_150
idx[5_000] = 15_000
idx[9_990] = -20_000
print("after", gather(np.arange(10_000), idx).sum())
