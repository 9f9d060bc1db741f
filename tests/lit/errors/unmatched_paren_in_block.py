# An unmatched ')' inside a function body.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unmatched_paren_in_block.py:[[@LINE+5]]:10: error[E0005]: unmatched ')'
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     x = 1){{$}}
# CHECK-NEXT: {{^ +}}|          ^{{$}}
def f():
    return 1
    x = 1)
    y = 2
