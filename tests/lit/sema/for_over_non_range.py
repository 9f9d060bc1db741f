# for goes over range(), prange() or an array: a tuple parameter, a tuple literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}for_over_non_range.py:[[@LINE+8]]:14: error[E0104]: for loops go over range(), prange() or an array, not (int64, int64){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     for x in t:{{$}}
# CHECK-NEXT: {{^ +}}|              ^{{$}}
# CHECK-NEXT: {{.*}}for_over_non_range.py:[[@LINE+11]]:10: error[E0104]: for loops go over range(), prange() or an array, not (int64, int64, int64){{$}}
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | for y in (1, 2, 3):{{$}}
# CHECK-NEXT: {{^ +}}|          ^~~~~~~~~{{$}}
def f(t):
    s = 0
    for x in t:
        s += 1
    return s


print(f((1, 2)))
for y in (1, 2, 3):
    print(y)
