# The first line of code (after these comment lines) is indented.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unexpected_indent_first_code_line.py:[[@LINE+3]]:3: error[E0002]: unexpected indent
# CHECK-NEXT: {{^ +}}[[@LINE+2]] |   x = 1{{$}}
# CHECK-NEXT: {{^ +}}|   ^{{$}}
  x = 1
