# A 'for' header without its ':'.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_colon_for.py:[[@LINE+3]]:18: error[E0001]: expected ':' after 'for' loop header
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | for i in range(3){{$}}
# CHECK-NEXT: {{^ +}}|                  ^{{$}}
for i in range(3)
    pass
