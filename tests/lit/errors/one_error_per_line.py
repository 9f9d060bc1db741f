# Two problems on one line: only the first is reported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}one_error_per_line.py:[[@LINE+3]]:5: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = $ + ?{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = $ + ?
y = 1
