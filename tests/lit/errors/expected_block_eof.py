# A 'while' header as the last line of the file: the block is missing at
# the end of the file.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}expected_block_eof.py:[[@LINE+4]]:1: error[E0002]: expected an indented block after 'while' statement on line [[@LINE+3]]
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | {{$}}
# CHECK-NEXT: {{^ +}}| ^{{$}}
while True:
