# Another script with cache=True (its entry is copied over another's by corrupt_entry.py).
from numba import njit


@njit(cache=True)
def twice(x):
    return 2 * x


print(twice(21))
