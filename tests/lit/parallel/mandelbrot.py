# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=omp %parc run %s > %t.1o && diff %t.1o %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=omp %parc run %s > %t.2o && diff %t.2o %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=omp %parc run %s > %t.3o && diff %t.3o %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=omp %parc run %s > %t.7o && diff %t.7o %s.expected
# RUN: env PARC_NUM_THREADS=1 PARC_THREADING_LAYER=threads %parc run %s > %t.1t && diff %t.1t %s.expected
# RUN: env PARC_NUM_THREADS=2 PARC_THREADING_LAYER=threads %parc run %s > %t.2t && diff %t.2t %s.expected
# RUN: env PARC_NUM_THREADS=3 PARC_THREADING_LAYER=threads %parc run %s > %t.3t && diff %t.3t %s.expected
# RUN: env PARC_NUM_THREADS=7 PARC_THREADING_LAYER=threads %parc run %s > %t.7t && diff %t.7t %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# A Mandelbrot set: rows near the set cost far more than others, so the
# chunks are very unequal. The escape counts are integers: their sum, a
# weighted checksum and a few rows are exact whatever the thread count.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def mandelbrot(height, width, max_iter):
    counts = np.zeros((height, width), dtype=np.int64)
    for y in prange(height):
        ci = -1.25 + 2.5 * y / height
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                k += 1
            counts[y, x] = k
    return counts


@njit
def checksums(counts):
    # the reductions run in parallel too
    total = 0
    weighted = 0
    inside = 0
    deepest = 0
    for y in prange(counts.shape[0]):
        for x in prange(counts.shape[1]):
            k = counts[y, x]
            total += k
            weighted += k * (y * 1009 + x)
            deepest = max(deepest, k)
            if k == 200:
                inside += 1
    return total, weighted, inside, deepest


@njit(parallel=True)
def row_work(counts):
    # an imbalanced loop with a reduction: whole rows at once
    work = 0
    for y in prange(counts.shape[0]):
        row = counts[y]
        s = 0
        for x in range(row.shape[0]):
            s += row[x]
        if s > 1000:
            work += s
    return work


m = mandelbrot(24, 60, 200)
for y in range(0, 24, 3):
    for x in range(60):
        print("#" if m[y, x] == 200 else ("+" if m[y, x] > 10 else "."), end="")
    print()
print(checksums(m), row_work(m))
big = mandelbrot(700, 500, 200)
print(checksums(big), row_work(big))
print(big[250, 210:230], big[330, 100:120])
