# The Python 2 backtick.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invalid_char_backtick.py:[[@LINE+3]]:5: error[E0006]: invalid character '`' (U+0060)
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = `1`{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = `1`
