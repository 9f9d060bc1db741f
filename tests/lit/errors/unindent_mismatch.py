# A dedent to a column that no enclosing block uses.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unindent_mismatch.py:[[@LINE+5]]:5: error[E0002]: unindent does not match any outer indentation level
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     y = 2{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
if 1:
        x = 1
    y = 2
