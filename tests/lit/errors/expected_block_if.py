# An 'if' whose body is not indented.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}expected_block_if.py:[[@LINE+5]]:1: error[E0002]: expected an indented block after 'if' statement on line [[@LINE+4]]
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | pass{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
x = 1
if x:
pass
