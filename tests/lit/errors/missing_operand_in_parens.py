# A binary operator with no right operand inside parentheses.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_operand_in_parens.py:[[@LINE+3]]:9: error[E0001]: expected an expression, found ')'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = (1 +){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
x = (1 +)
