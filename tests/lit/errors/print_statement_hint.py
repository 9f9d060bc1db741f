# The Python 2 print statement.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}print_statement_hint.py:[[@LINE+3]]:7: error[E0001]: missing parentheses in call to 'print'; did you mean print(...)?
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | print "x"{{$}}
# CHECK-NEXT: {{^ +}}|       ^~~{{$}}
print "x"
