# How many numbers lie within a range: the articles count, for each row of
# a 200,000 x 5 table of digits, the values in [4, 8] (`howmany_within_range`,
# one row per task in a process pool). Here the range is [lo, hi), [4, 9)
# for these integers: per-row counts from a prange loop over the rows, the
# whole table's count as a parallel reduction, and the NumPy way, a boolean
# mask summed.
import numpy as np
from numba import njit, prange


@njit(parallel=True)
def count_per_row(table, lo, hi):
    counts = np.zeros(table.shape[0], dtype=np.int64)
    for i in prange(table.shape[0]):
        c = 0
        for j in range(table.shape[1]):
            if lo <= table[i, j] < hi:
                c += 1
        counts[i] = c
    return counts


@njit(parallel=True)
def count_in_range(table, lo, hi):
    total = 0
    for i in prange(table.shape[0]):
        for j in range(table.shape[1]):
            if lo <= table[i, j] < hi:
                total += 1
    return total


@njit(parallel=True)
def count_with_mask(table, lo, hi):
    return ((table >= lo) & (table < hi)).sum()


# Pseudo-random digits 0..9 without a random generator (Knuth's
# multiplicative hash), the same on every run.
rows, cols = 200_000, 5
table = (np.arange(rows * cols) * 2654435761 % 4294967296 // 65536 % 10).reshape(rows, cols)
counts = count_per_row(table, 4, 9)
print(table[:3])
print(counts[:10])
print(count_in_range(table, 4, 9), counts.sum(), count_with_mask(table, 4, 9))
print(count_in_range(table, 0, 10) == table.size, count_in_range(table, 5, 5))
