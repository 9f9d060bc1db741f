# Singular and plural in the argument-count message.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}call_too_many_arguments_one_parameter.py:[[@LINE+7]]:5: error[E0101]: f() takes 1 argument but 2 were given
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | x = f(1, 2){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~{{$}}
def f(a):
    return a


x = f(1, 2)
print(x)
