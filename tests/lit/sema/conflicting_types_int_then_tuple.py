# A variable holding an int64, then assigned a tuple: locals have one type.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}conflicting_types_int_then_tuple.py:[[@LINE+5]]:5: error[E0103]: variable 'x' holds int64 but is assigned (int64, int64) here
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     x = (n, 2){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~{{$}}
def f(n):
    x = n
    x = (n, 2)
    return n


print(f(1))
