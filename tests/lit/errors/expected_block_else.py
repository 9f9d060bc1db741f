# An 'else' whose body is not indented.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}expected_block_else.py:[[@LINE+6]]:1: error[E0002]: expected an indented block after 'else' statement on line [[@LINE+5]]
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | x = 2{{$}}
# CHECK-NEXT: {{^ +}}| ^{{$}}
if 1:
    pass
else:
x = 2
