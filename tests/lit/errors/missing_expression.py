# An assignment with nothing on the right.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_expression.py:[[@LINE+3]]:5: error[E0001]: expected an expression, found end of line
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = {{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = 
