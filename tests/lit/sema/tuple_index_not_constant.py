# Tuples are indexed with integer constants only.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}tuple_index_not_constant.py:[[@LINE+5]]:9: error[E0102]: tuples are indexed with integer constants only
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     u = t[i]{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~{{$}}
def f(a, i):
    t = (a, 2)
    u = t[i]
    return a


print(f(1, 0))
