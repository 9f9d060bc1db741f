# A lambda expression.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_lambda.py:[[@LINE+3]]:5: error[E0010]: lambda expressions are not supported; define a function with 'def'
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | f = lambda x: x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~{{$}}
f = lambda x: x
