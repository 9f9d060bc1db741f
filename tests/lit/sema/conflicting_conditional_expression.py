# The branches of a conditional expression, and the operands of 'and' and
# 'or', must unify. Neither expression is returned, so nothing else is reported.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}conflicting_conditional_expression.py:[[@LINE+7]]:9: error[E0102]: the two branches of this conditional expression have types 'int64' and '(int64, int64)'
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     x = 1 if c else (1, 2){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}conflicting_conditional_expression.py:[[@LINE+5]]:9: error[E0102]: the operands of 'and' have types 'int64' and '(int64, int64)'
# CHECK-NEXT: {{^ +}}[[@LINE+4]] |     y = c and (1, 2){{$}}
# CHECK-NEXT: {{^ +}}|         ^~~~~~~~~~~~{{$}}
def f(c):
    x = 1 if c else (1, 2)
    y = c and (1, 2)
    return c


print(f(1))
