# parc bug: 'acc += m[i]' where the accumulator's dtype is narrower than the
# row's (int32 += int64, float32 += float64; NumPy casts back in place) is
# rejected with E0200 "every iteration of this prange loop updates all of
# 'acc' in place (a race); only 'acc += ...' on a whole array is a
# reduction", although it is exactly 'acc += ...'. The same loop with
# range() compiles. Remove the XFAIL line when this is fixed.
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Array reductions whose accumulator is narrower than what is added to it.
import numpy as np
from numba import njit, prange


@njit
def int32_acc(m):
    acc = np.zeros(m.shape[1], dtype=np.int32)
    for i in prange(m.shape[0]):
        acc += m[i]
    return acc


@njit
def float32_acc(m):
    acc = np.zeros(m.shape[1], dtype=np.float32)
    for i in prange(m.shape[0]):
        acc -= m[i] * 0.25
    return acc


print(int32_acc(np.arange(12).reshape(4, 3)), float32_acc(np.arange(12.0).reshape(4, 3)))
big = np.arange(30_000).reshape(10_000, 3)
print(int32_acc(big), float32_acc(big % 16 * 1.0))
