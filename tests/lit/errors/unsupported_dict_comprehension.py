# A dict comprehension.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_dict_comprehension.py:[[@LINE+3]]:5: error[E0010]: dict comprehensions are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = {i: i for i in y}{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~~{{$}}
x = {i: i for i in y}
