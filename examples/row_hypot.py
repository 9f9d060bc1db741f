# The hypotenuse of every row of a table (the articles apply a
# `hypotenuse(row)` function to each row of a two-column frame, split among
# processes): a prange loop over the rows with math.hypot, and the NumPy way,
# the Euclidean norm of rows of any width as one fused expression reduced
# along axis 1.
#
# The rows are Pythagorean triples and quadruples (Euclid's formulas), so
# every hypotenuse is a whole number and every sum below is exact.
import math

import numpy as np
from numba import njit, prange


@njit(parallel=True)
def row_hypot(legs):
    out = np.empty(legs.shape[0])
    for i in prange(legs.shape[0]):
        out[i] = math.hypot(legs[i, 0], legs[i, 1])
    return out


@njit(parallel=True)
def row_norm(rows):
    return np.sqrt((rows * rows).sum(axis=1))


@njit(parallel=True)
def triples(n):
    # (m^2 - k^2, 2mk): the hypotenuse is m^2 + k^2.
    legs = np.empty((n, 2))
    for i in prange(n):
        m = 2 + i % 97
        k = 1 + i % (m - 1)
        legs[i, 0] = m * m - k * k
        legs[i, 1] = 2 * m * k
    return legs


@njit(parallel=True)
def quadruples(n):
    # (m^2 + k^2 - p^2 - q^2, 2(mq + kp), 2(kq - mp)): the norm is
    # m^2 + k^2 + p^2 + q^2.
    rows = np.empty((n, 3))
    for i in prange(n):
        m = 1 + i % 7
        k = i % 5
        p = i % 3
        q = i % 11
        rows[i, 0] = m * m + k * k - p * p - q * q
        rows[i, 1] = 2 * (m * q + k * p)
        rows[i, 2] = 2 * (k * q - m * p)
    return rows


n = 300_000
legs = triples(n)
h = row_hypot(legs)
print(legs[:4])
print(h[:4])
print(h.sum(), np.abs(h - row_norm(legs)).max())

rows = quadruples(n)
d = row_norm(rows)
print(rows[:4])
print(d[:4], d.sum(), np.all(d == np.floor(d)))
