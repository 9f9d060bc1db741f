# A backslash that is not the last character of the line.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}backslash_not_at_line_end.py:[[@LINE+4]]:7: error[E0006]: unexpected character after line continuation character
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = x \ 2{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 1
y = x \ 2
