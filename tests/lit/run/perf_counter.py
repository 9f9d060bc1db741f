# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# time.perf_counter() at module level around a compiled call; only
# deterministic facts are printed.
import time
from numba import njit


@njit
def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


t0 = time.perf_counter()
r = work(100000)
t1 = time.perf_counter()
print(r)
print(t1 >= t0)
print(t1 - t0 >= 0.0)
elapsed = t1 - t0
print(elapsed < 60.0)
