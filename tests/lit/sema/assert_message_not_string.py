# The message of an assert must be a string literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}assert_message_not_string.py:[[@LINE+4]]:19: error[E0108]: the message of an assert must be a string literal
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     assert x > 0, x{{$}}
# CHECK-NEXT: {{^ +}}|                   ^{{$}}
def f(x):
    assert x > 0, x
    return x


print(f(1))
