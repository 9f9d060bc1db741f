# '?' is not part of the language (no C conditional operator).
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invalid_char_question.py:[[@LINE+3]]:7: error[E0006]: invalid character '?' (U+003F)
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = a ? b : c{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = a ? b : c
