# Where the thread count comes from: --threads over PARC_NUM_THREADS over
# OMP_NUM_THREADS; numba.set_num_threads changes it for the rest of the run,
# on both threading layers. Bad values are usage errors (exit status 2).
# RUN: env -u OMP_NUM_THREADS PARC_NUM_THREADS=3 %parc run %s | FileCheck --check-prefix=THREE %s
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run --threads 5 %s | FileCheck --check-prefix=FIVE %s
# RUN: env -u PARC_NUM_THREADS OMP_NUM_THREADS=4 %parc run --threading-layer threads %s | FileCheck --check-prefix=FOUR %s
# RUN: env PARC_NUM_THREADS=2 OMP_NUM_THREADS=6 %parc run --threading-layer omp %s | FileCheck --check-prefix=TWO %s
# THREE: start 3{{$}}
# THREE-NEXT: one 1 4950{{$}}
# THREE-NEXT: back 3 4950{{$}}
# FIVE: start 5{{$}}
# FIVE-NEXT: one 1 4950{{$}}
# FIVE-NEXT: back 5 4950{{$}}
# FOUR: start 4{{$}}
# TWO: start 2{{$}}
# TWO-NEXT: one 1 4950{{$}}
# TWO-NEXT: back 2 4950{{$}}
# RUN: env PARC_NUM_THREADS=0 %parc run %s 2> %t.e1; test $? -eq 2
# RUN: FileCheck --check-prefix=BAD0 %s < %t.e1
# BAD0: PARC_NUM_THREADS must be an integer from 1 to 4096, not '0'
# RUN: env PARC_NUM_THREADS=abc %parc run %s 2> %t.e2; test $? -eq 2
# RUN: FileCheck --check-prefix=BADABC %s < %t.e2
# BADABC: PARC_NUM_THREADS must be an integer from 1 to 4096, not 'abc'
# RUN: env PARC_THREADING_LAYER=tbb %parc run %s 2> %t.e3; test $? -eq 2
# RUN: FileCheck --check-prefix=BADLAYER %s < %t.e3
# BADLAYER: PARC_THREADING_LAYER must be omp or threads, not 'tbb'
# RUN: env -u PARC_NUM_THREADS OMP_NUM_THREADS=0 %parc run %s 2> %t.e4; test $? -eq 2
# RUN: FileCheck --check-prefix=BADOMP %s < %t.e4
# BADOMP: OMP_NUM_THREADS must be an integer from 1 to 4096, not '0'
# RUN: %parc run --threads 0 %s 2> %t.e5; test $? -eq 2
# RUN: %parc run --threading-layer tbb %s 2> %t.e6; test $? -eq 2
import numba
from numba import prange


def total():
    s = 0
    for i in prange(100):
        s += i
    return s


start = numba.get_num_threads()
print("start", start)
numba.set_num_threads(1)
print("one", numba.get_num_threads(), total())
numba.set_num_threads(start)
print("back", numba.get_num_threads(), total())
