# Constant tuple indices out of range, positive and negative.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}tuple_index_out_of_range.py:[[@LINE+8]]:9: error[E0102]: tuple index 2 out of range for a tuple of 2
# CHECK-NEXT: {{^ +}}[[@LINE+7]] |     u = t[2]{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~{{$}}
# CHECK-NEXT: {{.*}}tuple_index_out_of_range.py:[[@LINE+11]]:7: error[E0102]: tuple index -3 out of range for a tuple of 2
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | print(t[-3]){{$}}
# CHECK-NEXT: {{^ +}}|       ^~~~~{{$}}
def f(a):
    t = (a, 2)
    u = t[2]
    return a


print(f(1))
t = (1, 2)
print(t[-3])
