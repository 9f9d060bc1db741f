# Independent syntax errors in different statements are all reported, in
# order, each once.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}several_syntax_errors.py:[[@LINE+12]]:8: error[E0001]: expected ':' after function signature
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | def f(){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
# CHECK-NEXT: {{.*}}several_syntax_errors.py:[[@LINE+12]]:5: error[E0001]: expected ':' after 'if' condition
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | if x{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
# CHECK-NEXT: {{.*}}several_syntax_errors.py:[[@LINE+12]]:8: error[E0001]: expected ':' after 'while' condition
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | while y{{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
# CHECK-NEXT: {{.*}}several_syntax_errors.py:[[@LINE+11]]:5: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | z = ${{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
def f()
    return 1

if x
    pass

while y
    pass
z = $
