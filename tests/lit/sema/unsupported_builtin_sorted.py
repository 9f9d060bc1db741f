# sorted() is a Python builtin parc does not provide: E0104 (unsupported
# builtin), not E0100 (undefined name), which would tell the user the name does
# not exist in Python.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_builtin_sorted.py:[[@LINE+5]]:5: error[E0104]: builtin 'sorted' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | c = sorted((a, b)){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
a = 2
b = 1
c = sorted((a, b))
