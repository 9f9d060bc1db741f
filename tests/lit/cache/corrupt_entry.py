# A damaged or foreign entry is never loaded: the script is compiled again,
# runs as usual, and the entry is rewritten (the next run hits).
# RUN: rm -rf %t.dir %t.other && mkdir -p %t.dir %t.other
# RUN: env PARC_CACHE_DIR=%t.dir %parc run %s > %t.good
# RUN: FileCheck %s < %t.good
# RUN: ls %t.dir/*.parc-obj > %t.entry && test $(wc -l < %t.entry) -eq 1
#
# A flipped byte in the middle (the object code).
# RUN: python3 -c "import sys; p = open(sys.argv[1]).read().strip(); b = bytearray(open(p, 'rb').read()); b[len(b) // 2] ^= 0x10; open(p, 'wb').write(b)" %t.entry
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s > %t.out 2> %t.err
# RUN: diff %t.good %t.out
# RUN: FileCheck --check-prefix=FLIPPED %s < %t.err
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=HIT %s
# RUN: diff %t.good %t.out
#
# Cut short, as by a full disk or a crash on a system without atomic rename.
# RUN: python3 -c "import sys; p = open(sys.argv[1]).read().strip(); b = open(p, 'rb').read(); open(p, 'wb').write(b[:200])" %t.entry
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=TRUNCATED %s
# RUN: diff %t.good %t.out
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=HIT %s
#
# Not a parc entry at all (the magic overwritten, from the shell).
# RUN: printf 'garbage!' | dd of=$(cat %t.entry) bs=1 seek=0 conv=notrunc 2> /dev/null
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=MAGIC %s
# RUN: diff %t.good %t.out
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=HIT %s
#
# Another script's entry (or another machine's) under this script's name.
# RUN: env PARC_CACHE_DIR=%t.other %parc run %S/Inputs/other.py > %t.other.out
# RUN: cp %t.other/*.parc-obj $(cat %t.entry)
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=FOREIGN %s
# RUN: diff %t.good %t.out
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=HIT %s
#
# An empty file.
# RUN: : > $(cat %t.entry)
# RUN: env PARC_CACHE_DIR=%t.dir %parc run --time %s 2>&1 > %t.out | FileCheck --check-prefix=TRUNCATED %s
# RUN: diff %t.good %t.out
# RUN: ls %t.dir | count 1

# FLIPPED: parc: compile {{[0-9.]+}} ms (cache entry rebuilt: checksum mismatch), machine code
# HIT: parc: compile {{[0-9.]+}} ms (cached), machine code
# TRUNCATED: parc: compile {{[0-9.]+}} ms (cache entry rebuilt: truncated), machine code
# MAGIC: parc: compile {{[0-9.]+}} ms (cache entry rebuilt: not a parc cache entry), machine code
# FOREIGN: parc: compile {{[0-9.]+}} ms (cache entry rebuilt: stored for another key), machine code
from numba import njit


@njit(cache=True)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(collatz(27), collatz(97))
# CHECK: 111 118
