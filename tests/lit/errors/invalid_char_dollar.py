# '$' is not part of the language.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invalid_char_dollar.py:[[@LINE+3]]:7: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = 1 $ 2{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 1 $ 2
