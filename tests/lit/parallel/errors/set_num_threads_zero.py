# numba.set_num_threads(0) at module level: ValueError with the line of the
# call (the same message as Numba's), exit status 1; output printed before
# stays. The bound is the thread count parc was started with.
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o 2> %t.3o.err; test $? -eq 1
# RUN: FileCheck --check-prefix=CHECK3 --implicit-check-not=Error %s < %t.3o.err
# RUN: FileCheck --check-prefix=OUT %s < %t.3o
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t 2> %t.1t.err; test $? -eq 1
# RUN: FileCheck --check-prefix=CHECK1 --implicit-check-not=Error %s < %t.1t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.1t
# RUN: %parc run --threads 7 --threading-layer threads %s > %t.7t 2> %t.7t.err; test $? -eq 1
# RUN: FileCheck --check-prefix=CHECK7 --implicit-check-not=Error %s < %t.7t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.7t
# CHECK3: {{^.*}}set_num_threads_zero.py:[[@LINE+13]]: ValueError: The number of threads must be between 1 and 3{{$}}
# CHECK1: {{^.*}}set_num_threads_zero.py:[[@LINE+12]]: ValueError: The number of threads must be between 1 and 1{{$}}
# CHECK7: {{^.*}}set_num_threads_zero.py:[[@LINE+11]]: ValueError: The number of threads must be between 1 and 7{{$}}
# OUT: before 1 45
# OUT-NOT: after
import numba
from numba import prange

numba.set_num_threads(1)
s = 0
for i in prange(10):
    s += i
print("before", numba.get_num_threads(), s)
numba.set_num_threads(0)
print("after", numba.get_num_threads())
