# Independent lexical errors on four lines.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}several_lexical_errors.py:[[@LINE+12]]:7: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | x = 1 $ 2{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
# CHECK-NEXT: {{.*}}several_lexical_errors.py:[[@LINE+10]]:5: error[E0004]: unterminated string literal
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | y = "abc{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
# CHECK-NEXT: {{.*}}several_lexical_errors.py:[[@LINE+8]]:5: error[E0009]: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | z = 0123{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
# CHECK-NEXT: {{.*}}several_lexical_errors.py:[[@LINE+6]]:7: error[E0006]: invalid character '?' (U+003F)
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | w = 5 ? 3{{$}}
# CHECK-NEXT: {{^ +}}|       ^{{$}}
x = 1 $ 2
y = "abc
z = 0123
w = 5 ? 3
