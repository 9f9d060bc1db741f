# An error in a function body is reported once, not once per signature it
# is specialised for.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}no_duplicate_per_specialization.py:[[@LINE+4]]:13: error[E0100]: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     y = x + undefined_thing{{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~~~~~~~~~~~~{{$}}
def f(x):
    y = x + undefined_thing
    return x


a = f(1)
b = f(2.5)
