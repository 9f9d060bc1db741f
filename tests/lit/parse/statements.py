# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Simple statements: pass, assert with and without a message, expression
# statements, and several statements on one line separated by ';' (each
# located at its own column).

# CHECK:Module {{.*}}statements.py

# pass at module level and in a body
# CHECK-NEXT:  Pass @[[@LINE+1]]:1
pass
# CHECK-NEXT:  FunctionDef f @[[@LINE+1]]:1
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# assert without a message
# CHECK-NEXT:  Assert @[[@LINE+4]]:1
# CHECK-NEXT:    test: Compare > @[[@LINE+3]]:8
# CHECK-NEXT:      Name x @[[@LINE+2]]:8
# CHECK-NEXT:      IntLit 0 @[[@LINE+1]]:12
assert x > 0

# assert with a message
# CHECK-NEXT:  Assert @[[@LINE+7]]:1
# CHECK-NEXT:    test: Compare == @[[@LINE+6]]:8
# CHECK-NEXT:      Binary % @[[@LINE+5]]:8
# CHECK-NEXT:        Name n @[[@LINE+4]]:8
# CHECK-NEXT:        IntLit 2 @[[@LINE+3]]:12
# CHECK-NEXT:      IntLit 0 @[[@LINE+2]]:17
# CHECK-NEXT:    msg: StrLit "n must be even" @[[@LINE+1]]:20
assert n % 2 == 0, "n must be even"

# assert of a parenthesised tuple is one test, no message
# CHECK-NEXT:  Assert @[[@LINE+4]]:1
# CHECK-NEXT:    test: Tuple @[[@LINE+3]]:8
# CHECK-NEXT:      Name a @[[@LINE+2]]:9
# CHECK-NEXT:      Name b @[[@LINE+1]]:12
assert (a, b)

# assert with a message that is an expression
# CHECK-NEXT:  Assert @[[@LINE+8]]:1
# CHECK-NEXT:    test: Compare < <= @[[@LINE+7]]:8
# CHECK-NEXT:      Name a @[[@LINE+6]]:8
# CHECK-NEXT:      Name b @[[@LINE+5]]:12
# CHECK-NEXT:      Name c @[[@LINE+4]]:17
# CHECK-NEXT:    msg: Binary + @[[@LINE+3]]:20
# CHECK-NEXT:      Name msg @[[@LINE+2]]:20
# CHECK-NEXT:      StrLit "!" @[[@LINE+1]]:26
assert a < b <= c, msg + "!"

# expression statements: a call, a method call, a name, a literal
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Call @[[@LINE+3]]:1
# CHECK-NEXT:      func: Name print @[[@LINE+2]]:1
# CHECK-NEXT:      arg: Name x @[[@LINE+1]]:7
print(x)
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Attribute .sum @[[@LINE+4]]:1
# CHECK-NEXT:        Name np @[[@LINE+3]]:1
# CHECK-NEXT:      arg: Name a @[[@LINE+2]]:8
# CHECK-NEXT:      keyword axis: IntLit 0 @[[@LINE+1]]:16
np.sum(a, axis=0)
# CHECK-NEXT:  ExprStmt @[[@LINE+2]]:1
# CHECK-NEXT:    Name x @[[@LINE+1]]:1
x
# CHECK-NEXT:  ExprStmt @[[@LINE+2]]:1
# CHECK-NEXT:    IntLit 1 @[[@LINE+1]]:1
1

# an expression statement that is a tuple
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Tuple @[[@LINE+3]]:1
# CHECK-NEXT:      Name a @[[@LINE+2]]:1
# CHECK-NEXT:      Name b @[[@LINE+1]]:4
a, b

# semicolon-separated statements, each located at its own column
# CHECK-NEXT:  Assign @[[@LINE+12]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+11]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+10]]:5
# CHECK-NEXT:  Assign @[[@LINE+9]]:8
# CHECK-NEXT:    target: Name y @[[@LINE+8]]:8
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+7]]:12
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:15
# CHECK-NEXT:    Call @[[@LINE+5]]:15
# CHECK-NEXT:      func: Name print @[[@LINE+4]]:15
# CHECK-NEXT:      arg: Binary + @[[@LINE+3]]:21
# CHECK-NEXT:        Name x @[[@LINE+2]]:21
# CHECK-NEXT:        Name y @[[@LINE+1]]:25
x = 1; y = 2; print(x + y)

# a trailing semicolon
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:5
x = 1;

# semicolons mixing statement kinds
# CHECK-NEXT:  AugAssign += @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name a @[[@LINE+5]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+4]]:6
# CHECK-NEXT:  Pass @[[@LINE+3]]:9
# CHECK-NEXT:  Assert @[[@LINE+2]]:15
# CHECK-NEXT:    test: Name a @[[@LINE+1]]:22
a += 1; pass; assert a

# semicolons inside a block
# CHECK-NEXT:  For @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name i @[[@LINE+2]]:5
# CHECK-NEXT:    iter: Name r @[[@LINE+1]]:10
for i in r:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+6]]:5
# CHECK-NEXT:        target: Name a @[[@LINE+5]]:5
# CHECK-NEXT:        value: Name i @[[@LINE+4]]:9
# CHECK-NEXT:      Assign @[[@LINE+3]]:12
# CHECK-NEXT:        target: Name b @[[@LINE+2]]:12
# CHECK-NEXT:        value: Name i @[[@LINE+1]]:16
    a = i; b = i
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name c @[[@LINE+2]]:5
# CHECK-NEXT:        value: Name a @[[@LINE+1]]:9
    c = a

# break and continue after a semicolon
# CHECK-NEXT:  While @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+1]]:7
while x:
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign -= @[[@LINE+4]]:5
# CHECK-NEXT:        target: Name x @[[@LINE+3]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+2]]:10
# CHECK-NEXT:      Continue @[[@LINE+1]]:13
    x -= 1; continue
# CHECK-NEXT:  While @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name y @[[@LINE+1]]:7
while y:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+4]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+3]]:5
# CHECK-NEXT:        value: IntLit 0 @[[@LINE+2]]:9
# CHECK-NEXT:      Break @[[@LINE+1]]:12
    y = 0; break

# Nothing follows the last statement.
# CHECK-EMPTY:
