# A 'for' loop whose body is missing; a blank line in between does not count.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}expected_block_for.py:[[@LINE+5]]:1: error[E0002]: expected an indented block after 'for' statement on line [[@LINE+3]]
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | x = 1{{$}}
# CHECK-NEXT: {{^ +}}| ^{{$}}
for i in range(3):

x = 1
