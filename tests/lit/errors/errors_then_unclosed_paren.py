# An error, then a '(' that is never closed at the end of the file.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}errors_then_unclosed_paren.py:[[@LINE+6]]:8: error[E0001]: expected ':' after function signature
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | def f(){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
# CHECK-NEXT: {{.*}}errors_then_unclosed_paren.py:[[@LINE+8]]:6: error[E0005]: '(' was never closed
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | z = f({{$}}
# CHECK-NEXT: {{^ +}}|      ^{{$}}
def f()
    x = 1
    if x:
        y = 2
    return x
z = f(
