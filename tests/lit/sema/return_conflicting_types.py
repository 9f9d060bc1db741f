# Returns whose types do not unify: the location is the later return's value.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}return_conflicting_types.py:[[@LINE+6]]:12: error[E0103]: this returns (int64, int64) but other returns give int64
# CHECK-NEXT: {{^ +}}[[@LINE+5]] |     return (1, 2){{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~~~{{$}}
def f(c):
    if c:
        return 1
    return (1, 2)


print(f(True))
