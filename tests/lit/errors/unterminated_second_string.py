# The second of two adjacent strings is not closed.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unterminated_second_string.py:[[@LINE+3]]:9: error[E0004]: unterminated string literal
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "a" "b{{$}}
# CHECK-NEXT: {{^ +}}|         ^~{{$}}
x = "a" "b
