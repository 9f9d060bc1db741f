# An 'else' that matches no 'if' column.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unindent_mismatch_else.py:[[@LINE+6]]:3: error[E0002]: unindent does not match any outer indentation level
# CHECK-NEXT: {{^ +}}[[@LINE+5]] |   else:{{$}}
# CHECK-NEXT: {{^ +}}|   ^~~~{{$}}
x = 1
if x:
    pass
  else:
    pass
