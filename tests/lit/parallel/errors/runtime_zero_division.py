# An integer division by zero in many iterations of a prange loop, spread
# over several chunks: after the threads join, parc reports it once, with
# the line of the '//', and exits with status 1, with 1, 2 and 7 threads on
# both threading layers; what was printed before the loop stays printed.
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
# CHECK: {{^.*}}runtime_zero_division.py:[[@LINE+12]]: ZeroDivisionError: integer division or modulo by zero{{$}}
# OUT: before 45
# OUT-NEXT: still fine 49995000
# OUT-NOT: after
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def divide(a, d):
    out = np.zeros(a.shape[0], dtype=np.int64)
    for i in prange(a.shape[0]):
        out[i] = a[i] // d[i]
    return out


print("before", divide(np.arange(10), np.ones(10, dtype=np.int64)).sum())
d = np.ones(10_000, dtype=np.int64)
print("still fine", divide(np.arange(10_000), d).sum())
d[17] = 0
d[4_321] = 0
d[9_999] = 0
print("after", divide(np.arange(10_000), d).sum())
