# A cache directory that cannot be made or written: the script runs as
# usual, and one line on stderr says that its code was not cached.
# RUN: rm -rf %t.file && echo not a directory > %t.file
# RUN: env PARC_CACHE_DIR=%t.file/cache %parc run %s > %t.out 2> %t.err
# RUN: FileCheck %s < %t.out
# RUN: FileCheck --check-prefix=WARN %s < %t.err
# RUN: count 1 < %t.err
# RUN: env PARC_CACHE_DIR=%t.file/cache %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=TIME %s

# WARN: parc: warning: compiled code not cached: cannot create {{.*}}.file/cache: Not a directory
# TIME: parc: warning: compiled code not cached
# TIME-NEXT: parc: compile {{[0-9.]+}} ms, machine code
from numba import njit


@njit(cache=True)
def hyp(a, b):
    return (a * a + b * b) ** 0.5


print(hyp(3.0, 4.0))
# CHECK: 5.0
