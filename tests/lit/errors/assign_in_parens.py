# '=' inside parentheses: the same hint as in an 'if' condition (CPython
# gives it too), and no talk of 'async' comprehensions.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assign_in_parens.py:[[@LINE+3]]:8: error[E0001]: unexpected '=' in an expression; did you mean '=='?
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | y = (x = 1){{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
y = (x = 1)
