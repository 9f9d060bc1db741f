# Strings can be printed but not passed to user functions: E0102 at the
# argument.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}string_argument.py:[[@LINE+11]]:9: error[E0102]: strings can be printed but not passed to functions
# CHECK-NEXT: {{^ +}}[[@LINE+10]] | print(f(s)){{$}}
# CHECK-NEXT: {{^ +}}|         ^{{$}}
s = "abc"
print(s)


def f(x):
    return 1


print(f(s))
