# print()'s sep= and end= must be string literals, and file= is not supported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}print_keywords.py:[[@LINE+10]]:17: error[E0108]: print()'s sep= must be a string literal
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | print(1, 2, sep=s){{$}}
# CHECK-NEXT: {{^ +}}|                 ^{{$}}
# CHECK-NEXT: {{.*}}print_keywords.py:[[@LINE+8]]:17: error[E0108]: print()'s end= must be a string literal
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | print(1, 2, end=3){{$}}
# CHECK-NEXT: {{^ +}}|                 ^{{$}}
# CHECK-NEXT: {{.*}}print_keywords.py:[[@LINE+6]]:13: error[E0108]: print() keyword 'file' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | print(1, 2, file=None){{$}}
# CHECK-NEXT: {{^ +}}|             ^~~~{{$}}
s = ", "
print(1, 2, sep=s)
print(1, 2, end=3)
print(1, 2, file=None)
