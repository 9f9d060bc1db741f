# A call spread over several lines is reported at its first line.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_multiline.py:[[@LINE+7]]:5: error[E0101]: f() takes 2 arguments but 3 were given
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | x = f(1,{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
def f(a, b):
    return a + b


x = f(1,
      2,
      3)
