# An undefined name in module-level code (the __main__ function).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# RUN: %parc check %s > /dev/null 2>&1; test $? -eq 1
# CHECK: {{.*}}undefined_name_module_level.py:[[@LINE+4]]:9: error[E0100]: name 'undefined_thing' is not defined
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | b = a + undefined_thing{{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~{{$}}
a = 1
b = a + undefined_thing
print(b)
