# The key covers the source text, the script's name (runtime errors name
# it), -O and --boundscheck: each change is a new entry, and an unchanged
# script still hits.
# RUN: rm -rf %t.dir && mkdir -p %t.dir
# RUN: cp %s %t.a.py
# RUN: env PARC_CACHE_DIR=%t.dir %parc run %t.a.py | FileCheck --check-prefix=ONE %s
# RUN: ls %t.dir | count 1
# RUN: sed -i 's/^K = 1$/K = 2/' %t.a.py
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %t.a.py 2> %t.err | FileCheck --check-prefix=TWO %s
# RUN: FileCheck --check-prefix=MISS %s < %t.err
# RUN: ls %t.dir | count 2
# A comment is part of the text too.
# RUN: echo '# edited' >> %t.a.py
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %t.a.py 2>&1 > /dev/null | FileCheck --check-prefix=MISS %s
# RUN: ls %t.dir | count 3
# The same text under another name.
# RUN: cp %t.a.py %t.b.py
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %t.b.py 2>&1 > /dev/null | FileCheck --check-prefix=MISS %s
# RUN: ls %t.dir | count 4
# Options that change the code.
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time -O1 %t.b.py 2>&1 > /dev/null | FileCheck --check-prefix=MISS %s
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time --boundscheck %t.b.py 2>&1 > /dev/null | FileCheck --check-prefix=MISS %s
# RUN: ls %t.dir | count 6
# Options that do not: threads and the threading layer are chosen at run time.
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time --threads 2 --threading-layer threads %t.b.py 2>&1 > /dev/null | FileCheck --check-prefix=HIT %s
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time -O1 %t.b.py 2>&1 > /dev/null | FileCheck --check-prefix=HIT %s
# RUN: ls %t.dir | count 6
# Standard input is a script named <stdin>.
# RUN: env PARC_CACHE_DIR=%t.dir %parc run - < %s | FileCheck --check-prefix=ONE %s
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time - < %s 2>&1 > /dev/null | FileCheck --check-prefix=HIT %s
# RUN: ls %t.dir | count 7

# ONE: 1 11
# TWO: 2 12
# MISS: (cache miss)
# HIT: (cached)
from numba import njit, prange

K = 1


@njit(cache=True, parallel=True)
def shifted(n):
    s = 0
    for i in prange(n):
        s += i
    return s + K


print(shifted(1), shifted(5))
