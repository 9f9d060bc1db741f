# A runtime error in a function called from a prange body (here a modulo
# by zero, inside a serial inner prange of the callee): reported once, at
# the callee's line, after the join; exit status 1.
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
# CHECK: {{^.*}}runtime_error_in_callee.py:[[@LINE+11]]: ZeroDivisionError: integer modulo by zero{{$}}
# OUT: before [ 3 12 21]
# OUT-NOT: after
import numpy as np
from numba import njit, prange


@njit
def row_mod_sum(row, k):
    s = 0
    for j in prange(row.shape[0]):
        s += row[j] % k
    return s


@njit(parallel=True)
def all_rows(m, ks):
    out = np.zeros(m.shape[0], dtype=np.int64)
    for i in prange(m.shape[0]):
        out[i] = row_mod_sum(m[i], ks[i])
    return out


print("before", all_rows(np.arange(9).reshape(3, 3), np.full(3, 100, dtype=np.int64)))
ks = np.arange(2_000) % 97
print("after", all_rows(np.arange(20_000).reshape(2_000, 10), ks))
