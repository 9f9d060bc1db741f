# Errors in the conditions of while and if are each reported, at the bad
# name, and the function's return (which does not depend on them) adds nothing.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}errors_in_conditions.py:[[@LINE+7]]:15: error[E0100]: name 'undefined_w' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     while n > undefined_w:{{$}}
# CHECK-NEXT: {{^ +}}|               ^~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}errors_in_conditions.py:[[@LINE+6]]:12: error[E0100]: name 'undefined_i' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+5]] |     if n < undefined_i:{{$}}
# CHECK-NEXT: {{^ +}}|            ^~~~~~~~~~~{{$}}
def f(n):
    while n > undefined_w:
        n -= 1
    if n < undefined_i:
        n = 0
    return n


print(f(3))
