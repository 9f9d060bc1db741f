# A missing comma between list items. The expected tokens name only what
# parc's language allows: no 'async' (and no comprehension 'for').
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_comma_in_list.py:[[@LINE+3]]:8: error[E0001]: expected ',' or ']', found '2'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = [1 2]{{$}}
# CHECK-NEXT: {{^ +}}|        ^{{$}}
x = [1 2]
