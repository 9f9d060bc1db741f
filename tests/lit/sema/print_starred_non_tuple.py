# print(*x) spreads tuples only.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}print_starred_non_tuple.py:[[@LINE+4]]:7: error[E0102]: print(*x) needs a tuple, not int64
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | print(*x){{$}}
# CHECK-NEXT: {{^ +}}|       ^~{{$}}
x = 1
print(*x)
