# Without cache=True nothing is read or written, not even the directory
# (cache=False, or a comment that says cache=True, is no request).
# RUN: rm -rf %t.dir
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2> %t.err | FileCheck %s
# RUN: FileCheck --check-prefix=TIME %s < %t.err
# RUN: test ! -e %t.dir
# RUN: env PARC_CACHE_DIR=%t.dir %parc run %s | FileCheck %s
# RUN: test ! -e %t.dir
# An unrelated script from elsewhere in the tests.
# RUN: env PARC_CACHE_DIR=%t.dir %parc run %S/../run/recursion.py > /dev/null
# RUN: test ! -e %t.dir

# TIME-NOT: cache
# TIME: parc: compile {{[0-9.]+}} ms, machine code {{[0-9.]+}} ms, run
# TIME-NOT: cache
from numba import njit


# Not @njit(cache=True):
@njit(cache=False)
def area(w, h):
    return w * h


print(area(3, 4))
# CHECK: 12
