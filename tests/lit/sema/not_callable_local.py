# Calling a local variable that holds an int64. ("an int64", not "a int64".)
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}not_callable_local.py:[[@LINE+5]]:9: error[E0105]: 'g' is an int64, not a function
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     h = g(n){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
def f(n):
    g = 3
    h = g(n)
    return n


print(f(1))
