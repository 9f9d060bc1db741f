# PARC_NUM_THREADS is range-checked like --threads (1..4096): a huge value
# is a usage error (exit status 2), never a crash; the partial results of a
# reduction live on the heap, not the stack.
# RUN: env PARC_NUM_THREADS=20000 PARC_THREADING_LAYER=threads %parc run %s > %t.out 2> %t.err; rc=$?; test $rc -eq 0 -o $rc -eq 2 && { test $rc -eq 2 || grep -qx '499999500000' %t.out; }
from numba import prange

s = 0
for i in prange(1_000_000):
    s += i
print(s)
