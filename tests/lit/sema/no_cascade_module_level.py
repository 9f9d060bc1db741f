# A name whose value failed to type is not reported again where it is used.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# RUN: %parc check %s > /dev/null 2>&1; test $? -eq 1
# CHECK: {{.*}}no_cascade_module_level.py:[[@LINE+3]]:5: error[E0100]: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = undefined_thing{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~{{$}}
x = undefined_thing
print(x)
y = x + 1
print(y)
