# Two headers without their blocks.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}several_missing_blocks.py:[[@LINE+7]]:1: error[E0002]: expected an indented block after 'if' statement on line [[@LINE+6]]
# CHECK-NEXT: {{^ +}}[[@LINE+6]] | pass{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
# CHECK-NEXT: {{.*}}several_missing_blocks.py:[[@LINE+6]]:1: error[E0002]: expected an indented block after 'if' statement on line [[@LINE+5]]
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | pass{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~{{$}}
if x:
pass
if y:
pass
