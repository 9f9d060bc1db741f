# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# while loops with break / continue and loop-carried state.
from numba import njit

@njit
def count_down(n):
    s = 0
    while n > 0:
        s += n
        n -= 1
    return s

@njit
def digits(n):
    c = 0
    while True:
        c += 1
        n //= 10
        if n == 0:
            break
    return c

@njit
def odd_sum_below(n):
    i = 0
    s = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        s += i
    return s

@njit
def newton_sqrt(x):
    g = x
    it = 0
    while abs(g * g - x) > 1e-12 * x and it < 100:
        g = 0.5 * (g + x / g)
        it += 1
    return g, it

print(count_down(100), count_down(0), count_down(-4))
print(digits(0), digits(9), digits(10), digits(9223372036854775807))
print(odd_sum_below(10), odd_sum_below(1), odd_sum_below(0))
print(newton_sqrt(2.0), newton_sqrt(16.0))
n = 0
while n < 3:
    n += 1
print(n)
