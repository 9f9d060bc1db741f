# A range() loop variable is an int64; here it also holds a float.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}conflicting_types_loop_variable.py:[[@LINE+5]]:9: error[E0103]: loop variable 'i' is an int64 here but float64 elsewhere
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     for i in range(n):{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
def f(n):
    i = 0.5
    for i in range(n):
        pass
    return i


print(f(3))
