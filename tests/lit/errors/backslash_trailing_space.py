# A backslash followed by spaces before the line break.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}backslash_trailing_space.py:[[@LINE+3]]:7: error[E0006]: unexpected character after line continuation character
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1 \  {{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 1 \  
y = 2
