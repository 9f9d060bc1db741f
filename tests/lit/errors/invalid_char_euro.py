# A non-ASCII symbol: named with its U+ code point.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invalid_char_euro.py:[[@LINE+3]]:7: error[E0006]: invalid character '€' (U+20AC)
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 5 € 2{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 5 € 2
