# A triple-quoted string that runs to the end of the file. It is reported
# where it starts.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unterminated_triple_quote.py:[[@LINE+4]]:5: error[E0004]: unterminated triple-quoted string literal
# CHECK-NEXT: {{^ +}}[[@LINE+3]] | y = """abc{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
x = 1
y = """abc
more
still
