# A function returning a value on one path and None on another.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}return_value_and_none.py:[[@LINE+3]]:1: error[E0103]: function 'f' returns a value on some paths and None on others
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def f(n):{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~{{$}}
def f(n):
    if n > 0:
        return n
    return None


print(f(1))
