# An attribute access without the attribute name.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_name_after_dot.py:[[@LINE+3]]:7: error[E0001]: expected a name, found end of line
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = a.{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = a.
