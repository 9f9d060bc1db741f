# A name that is neither a local, a parameter, a module constant nor a
# builtin, read inside a function. The statement that fails is not the return,
# so nothing else is reported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}undefined_name_in_function.py:[[@LINE+4]]:13: error[E0100]: name 'y' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     z = x + y{{$}}
# CHECK-NEXT: {{^ +}}|             ^{{$}}
def f(x):
    z = x + y
    return x


print(f(1))
