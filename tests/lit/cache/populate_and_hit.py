# A script with cache=True: the first run compiles and stores one entry, the
# second loads it (nothing is compiled: "(cached)") and prints the same.
# Parallel loops, the runtime's allocation and printing, and libmvec's
# vector exp all resolve from the cached object as from a fresh one.
# RUN: rm -rf %t.dir && mkdir -p %t.dir
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s > %t.cold 2> %t.cold.err
# RUN: FileCheck %s < %t.cold
# RUN: FileCheck --check-prefix=COLD %s < %t.cold.err
# RUN: ls %t.dir | count 1
# RUN: ls %t.dir | FileCheck --check-prefix=ENTRY %s
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s > %t.warm 2> %t.warm.err
# RUN: diff %t.cold %t.warm
# RUN: FileCheck --check-prefix=WARM %s < %t.warm.err
# RUN: env PARC_CACHE_DIR=%t.dir %parc %s --time --threads 1 2>&1 > %t.warm1 | FileCheck --check-prefix=WARM %s
# RUN: diff %t.cold %t.warm1
# RUN: ls %t.dir | count 1
#
# --no-cache and PARC_DISABLE_CACHE neither read nor write.
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --no-cache --time %s 2>&1 > %t.off | FileCheck --check-prefix=OFF %s
# RUN: diff %t.cold %t.off
# RUN: env PARC_CACHE_DIR=%t.dir PARC_DISABLE_CACHE=1 %parc run --time %s 2>&1 > %t.off | FileCheck --check-prefix=OFF %s
# RUN: env PARC_CACHE_DIR=%t.dir PARC_DISABLE_CACHE=0 %parc run --time %s 2>&1 > %t.off | FileCheck --check-prefix=WARM %s
# RUN: rm -rf %t.off.dir
# RUN: env PARC_CACHE_DIR=%t.off.dir %parc run --no-cache %s > %t.off && test ! -e %t.off.dir
# RUN: env PARC_CACHE_DIR=%t.off.dir PARC_DISABLE_CACHE=yes %parc run %s > %t.off && test ! -e %t.off.dir
#
# Without PARC_CACHE_DIR: $XDG_CACHE_HOME/parc, else $HOME/.cache/parc.
# RUN: rm -rf %t.xdg %t.home && mkdir %t.xdg %t.home
# RUN: env -u PARC_CACHE_DIR XDG_CACHE_HOME=%t.xdg %parc run %s > %t.out && ls %t.xdg/parc | count 1
# RUN: env -u PARC_CACHE_DIR -u XDG_CACHE_HOME HOME=%t.home %parc run %s > %t.out && ls %t.home/.cache/parc | count 1
#
# Four processes filling an empty cache at once: all run, one entry, no
# temporary file left.
# RUN: rm -rf %t.race && mkdir %t.race
# RUN: for i in 1 2 3 4; do env PARC_CACHE_DIR=%t.race %parc run %s > %t.race.$i & done; wait
# RUN: for i in 1 2 3 4; do diff %t.cold %t.race.$i || exit 1; done
# RUN: env PARC_CACHE_DIR=%t.race %parc run %s > %t.race.5
# RUN: ls %t.race | count 1
# RUN: diff %t.cold %t.race.5

# COLD: parc: compile {{[0-9.]+}} ms (cache miss), machine code {{[0-9.]+}} ms, run
# ENTRY: {{^[0-9a-f]{32}\.parc-obj$}}
# WARM: parc: compile {{[0-9.]+}} ms (cached), machine code {{[0-9.]+}} ms, run
# OFF-NOT: cache
# OFF: parc: compile {{[0-9.]+}} ms, machine code
# OFF-NOT: cache
import math

import numpy as np
from numba import njit, prange


@njit(parallel=True, cache=True)
def scale(x, s):
    out = np.empty_like(x)
    for i in prange(x.shape[0]):
        out[i] = math.exp(x[i] * s)
    return out


@njit(parallel=True)
def total(x):
    t = 0.0
    for i in prange(x.shape[0]):
        t += x[i]
    return t


a = np.arange(1000) * 0.001
b = scale(a, 0.5)
print(b[:4])
print(round(total(b), 6))
# CHECK: [1.         1.00050013 1.0010005  1.00150113]
# CHECK-NEXT: 1297.118208
