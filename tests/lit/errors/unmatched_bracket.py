# A ']' with nothing to close.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unmatched_bracket.py:[[@LINE+3]]:5: error[E0005]: unmatched ']'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = ]{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = ]
