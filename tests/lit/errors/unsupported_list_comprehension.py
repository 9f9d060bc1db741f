# A list comprehension.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_list_comprehension.py:[[@LINE+3]]:5: error[E0010]: list comprehensions are not supported; use a loop
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = [i for i in y]{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~{{$}}
x = [i for i in y]
