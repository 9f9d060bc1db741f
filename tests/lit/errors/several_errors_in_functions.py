# An error in one function does not hide an error in the next one.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}several_errors_in_functions.py:[[@LINE+7]]:9: error[E0001]: expected an expression, found '='
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     x = = 1{{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
# CHECK-NEXT: {{.*}}several_errors_in_functions.py:[[@LINE+7]]:9: error[E0005]: unmatched ')'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     y = ) {{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
def f():
    x = = 1
    return x
def g():
    y = ) 
    return y
