# A function whose body is not indented.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}expected_block_def.py:[[@LINE+4]]:1: error[E0002]: expected an indented block after function definition on line [[@LINE+3]]
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | return 1{{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~{{$}}
def f():
return 1
