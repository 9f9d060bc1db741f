# Falling off the end of a function returns None, so this function returns
# a value on one path and None on another, like an explicit 'return None'.
# (Numba types it Optional(int64) and prints None for f(-1).)
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}return_value_and_implicit_none.py:[[@LINE+3]]:1: error[E0103]: function 'f' can reach its end without a return, so it returns a value on some paths and None on others
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(n):{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
def f(n):
    if n > 0:
        return n


print(f(-1))
