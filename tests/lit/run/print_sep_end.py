# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# print() with sep= and end= keywords (module level; Numba's print inside
# @njit takes no keywords).
from numba import njit


@njit
def vals():
    return 1, 2.5, True


a, b, c = vals()
print(a, b, c, sep='')
print(a, b, c, sep=', ')
print(a, b, c, sep='\n')
print(a, b, end='')
print(' <- no newline before this')
print(a, end=' ')
print(b, end=' ')
print(c)
print(sep='-')
print(end='')
print('x', 'y', sep='', end='\n')
print('multi', 'part', sep=' | ', end=' ;\n')
print(*(1, 2, 3))
print(*(4, 5.5, None), sep=':')
print(*vals(), sep='', end='')
print()
