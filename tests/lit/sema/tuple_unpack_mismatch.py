# Unpacking a tuple into the wrong number of names, or unpacking an int.
# The names stay quiet afterwards: no "used before it is assigned" cascade.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}tuple_unpack_mismatch.py:[[@LINE+6]]:1: error[E0102]: cannot unpack (int64, int64, int64) into 2 names
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | a, b = (1, 2, 3){{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}tuple_unpack_mismatch.py:[[@LINE+5]]:1: error[E0102]: cannot unpack int64 into 2 names
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | c, d = 5{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~{{$}}
a, b = (1, 2, 3)
print(a)
c, d = 5
print(d)
