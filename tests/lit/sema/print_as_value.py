# print() is a statement; its None result cannot be used.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}print_as_value.py:[[@LINE+3]]:5: error[E0102]: print() returns None; call it as a statement
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = print(1){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
x = print(1)
