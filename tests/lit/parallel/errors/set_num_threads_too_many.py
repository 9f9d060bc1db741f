# set_num_threads(10000) inside an @njit function, above the thread count
# parc was started with: ValueError with the line of the call, exit status
# 1. Setting the current count (or fewer) is fine.
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o 2> %t.2o.err; test $? -eq 1
# RUN: FileCheck --check-prefix=CHECK2 --implicit-check-not=Error %s < %t.2o.err
# RUN: FileCheck --check-prefix=OUT %s < %t.2o
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t 2> %t.7t.err; test $? -eq 1
# RUN: FileCheck --check-prefix=CHECK7 --implicit-check-not=Error %s < %t.7t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.7t
# CHECK2: {{^.*}}set_num_threads_too_many.py:[[@LINE+9]]: ValueError: The number of threads must be between 1 and 2{{$}}
# CHECK7: {{^.*}}set_num_threads_too_many.py:[[@LINE+8]]: ValueError: The number of threads must be between 1 and 7{{$}}
# OUT: before True 4950
# OUT-NOT: after
from numba import get_num_threads, njit, prange, set_num_threads


@njit
def total_with(n):
    set_num_threads(n)
    s = 0
    for i in prange(100):
        s += i
    return s


print("before", get_num_threads() >= 2, total_with(get_num_threads()))
print("after", total_with(10000))
