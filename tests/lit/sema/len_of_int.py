# len() is supported on tuples only.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}len_of_int.py:[[@LINE+3]]:9: error[E0102]: len() of int64 is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | n = len(3){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
n = len(3)
print(n)
