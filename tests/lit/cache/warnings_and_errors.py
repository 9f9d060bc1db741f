# A cached run reports what an uncached one does: the compiler's warnings
# (stored with the entry) and runtime errors naming the script's lines.
# RUN: rm -rf %t.dir && mkdir -p %t.dir
# RUN: env PARC_CACHE_DIR=%t.dir not %parc run %s > %t.cold 2> %t.cold.err
# RUN: FileCheck %s < %t.cold
# RUN: FileCheck --check-prefix=ERR %s < %t.cold.err
# RUN: ls %t.dir | count 1
# RUN: env PARC_CACHE_DIR=%t.dir not %parc run %s > %t.warm 2> %t.warm.err
# RUN: diff %t.cold %t.warm
# RUN: diff %t.cold.err %t.warm.err
# RUN: env PARC_CACHE_DIR=%t.dir not %parc run --time %s 2>&1 > /dev/null | FileCheck --check-prefix=HIT %s

# ERR: warnings_and_errors.py:[[@LINE+9]]:7: warning[E0108]: parc ignores explicit signatures
# ERR-NEXT: {{.*}}| @njit("int64(int64, int64)", cache=True)
# ERR: warnings_and_errors.py:[[@LINE+9]]: ZeroDivisionError: integer division or modulo by zero
# ERR-NOT: warning
# HIT: warning[E0108]
# HIT: (cached)
from numba import njit


@njit("int64(int64, int64)", cache=True)
def ratio(a, b):
    return a // b


print(ratio(7, 2))
print(ratio(1, 0))
# CHECK: 3
# CHECK-NOT: {{.}}
