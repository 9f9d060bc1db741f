# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Compound statements: if/elif/else (an elif is an If alone in orelse, so a
# chain nests), for with name and tuple targets, while, break, continue,
# pass, bodies on the same line as the header, and nesting.

# CHECK:Module {{.*}}control_flow.py

# if without else
# CHECK-NEXT:  If @[[@LINE+4]]:1
# CHECK-NEXT:    test: Compare > @[[@LINE+3]]:4
# CHECK-NEXT:      Name x @[[@LINE+2]]:4
# CHECK-NEXT:      IntLit 0 @[[@LINE+1]]:8
if x > 0:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:9
    y = 1

# if/else
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+1]]:4
if x:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:9
    y = 1
else:
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 2 @[[@LINE+1]]:9
    y = 2

# an elif chain nests in orelse; each elif If is located at 'elif'
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name a @[[@LINE+1]]:4
if a:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:9
    x = 1
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If @[[@LINE+2]]:1
# CHECK-NEXT:        test: Name b @[[@LINE+1]]:6
elif b:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign @[[@LINE+3]]:5
# CHECK-NEXT:            target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:            value: IntLit 2 @[[@LINE+1]]:9
    x = 2
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          If @[[@LINE+2]]:1
# CHECK-NEXT:            test: Name c @[[@LINE+1]]:6
elif c:
# CHECK-NEXT:            body:
# CHECK-NEXT:              Assign @[[@LINE+3]]:5
# CHECK-NEXT:                target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:                value: IntLit 3 @[[@LINE+1]]:9
    x = 3
else:
# CHECK-NEXT:            orelse:
# CHECK-NEXT:              Assign @[[@LINE+3]]:5
# CHECK-NEXT:                target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:                value: IntLit 4 @[[@LINE+1]]:9
    x = 4

# elif without a final else
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name a @[[@LINE+1]]:4
if a:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If @[[@LINE+2]]:1
# CHECK-NEXT:        test: Name b @[[@LINE+1]]:6
elif b:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Pass @[[@LINE+1]]:5
    pass

# an if nested in else is not an elif: the else body holds it with a sibling
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name a @[[@LINE+1]]:4
if a:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass
else:
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If @[[@LINE+2]]:5
# CHECK-NEXT:        test: Name b @[[@LINE+1]]:8
    if b:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Pass @[[@LINE+1]]:9
        pass
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:9
    x = 1

# for over a call, with break and continue
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name i @[[@LINE+4]]:5
# CHECK-NEXT:    iter: Call @[[@LINE+3]]:10
# CHECK-NEXT:      func: Name range @[[@LINE+2]]:10
# CHECK-NEXT:      arg: IntLit 10 @[[@LINE+1]]:16
for i in range(10):
# CHECK-NEXT:    body:
# CHECK-NEXT:      If @[[@LINE+4]]:5
# CHECK-NEXT:        test: Compare == @[[@LINE+3]]:8
# CHECK-NEXT:          Name i @[[@LINE+2]]:8
# CHECK-NEXT:          IntLit 5 @[[@LINE+1]]:13
    if i == 5:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Break @[[@LINE+1]]:9
        break
# CHECK-NEXT:      If @[[@LINE+4]]:5
# CHECK-NEXT:        test: Binary % @[[@LINE+3]]:8
# CHECK-NEXT:          Name i @[[@LINE+2]]:8
# CHECK-NEXT:          IntLit 2 @[[@LINE+1]]:12
    if i % 2:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Continue @[[@LINE+1]]:9
        continue
# CHECK-NEXT:      AugAssign += @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name s @[[@LINE+2]]:5
# CHECK-NEXT:        value: Name i @[[@LINE+1]]:10
    s += i

# for with a tuple target, parenthesised or not
# CHECK-NEXT:  For @[[@LINE+7]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+6]]:5
# CHECK-NEXT:      Name i @[[@LINE+5]]:5
# CHECK-NEXT:      Name x @[[@LINE+4]]:8
# CHECK-NEXT:    iter: Call @[[@LINE+3]]:13
# CHECK-NEXT:      func: Name enumerate @[[@LINE+2]]:13
# CHECK-NEXT:      arg: Name a @[[@LINE+1]]:23
for i, x in enumerate(a):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+4]]:5
# CHECK-NEXT:      Name k @[[@LINE+3]]:6
# CHECK-NEXT:      Name v @[[@LINE+2]]:9
# CHECK-NEXT:    iter: Name items @[[@LINE+1]]:15
for (k, v) in items:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# for with a nested tuple target and a tuple iterable
# CHECK-NEXT:  For @[[@LINE+7]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+6]]:5
# CHECK-NEXT:      Name i @[[@LINE+5]]:5
# CHECK-NEXT:      Tuple @[[@LINE+4]]:8
# CHECK-NEXT:        Name a @[[@LINE+3]]:9
# CHECK-NEXT:        Name b @[[@LINE+2]]:12
# CHECK-NEXT:    iter: Name z @[[@LINE+1]]:18
for i, (a, b) in z:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:5
# CHECK-NEXT:    iter: Tuple @[[@LINE+3]]:10
# CHECK-NEXT:      Name a @[[@LINE+2]]:10
# CHECK-NEXT:      Name b @[[@LINE+1]]:13
for x in a, b:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# for with a subscript and an attribute target
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Subscript @[[@LINE+4]]:5
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:5
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+2]]:7
# CHECK-NEXT:    iter: Name r @[[@LINE+1]]:13
for a[0] in r:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass
# CHECK-NEXT:  For @[[@LINE+4]]:1
# CHECK-NEXT:    target: Attribute .i @[[@LINE+3]]:5
# CHECK-NEXT:      Name s @[[@LINE+2]]:5
# CHECK-NEXT:    iter: Name r @[[@LINE+1]]:12
for s.i in r:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# for with prange
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name i @[[@LINE+4]]:5
# CHECK-NEXT:    iter: Call @[[@LINE+3]]:10
# CHECK-NEXT:      func: Name prange @[[@LINE+2]]:10
# CHECK-NEXT:      arg: Name n @[[@LINE+1]]:17
for i in prange(n):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+9]]:5
# CHECK-NEXT:        target: Subscript @[[@LINE+8]]:5
# CHECK-NEXT:          value: Name out @[[@LINE+7]]:5
# CHECK-NEXT:          index: Name i @[[@LINE+6]]:9
# CHECK-NEXT:        value: Binary * @[[@LINE+5]]:14
# CHECK-NEXT:          Subscript @[[@LINE+4]]:14
# CHECK-NEXT:            value: Name x @[[@LINE+3]]:14
# CHECK-NEXT:            index: Name i @[[@LINE+2]]:16
# CHECK-NEXT:          IntLit 2 @[[@LINE+1]]:21
    out[i] = x[i] * 2

# while with break
# CHECK-NEXT:  While @[[@LINE+2]]:1
# CHECK-NEXT:    test: BoolLit True @[[@LINE+1]]:7
while True:
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign -= @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name n @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:10
    n -= 1
# CHECK-NEXT:      If @[[@LINE+4]]:5
# CHECK-NEXT:        test: Compare == @[[@LINE+3]]:8
# CHECK-NEXT:          Name n @[[@LINE+2]]:8
# CHECK-NEXT:          IntLit 0 @[[@LINE+1]]:13
    if n == 0:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Break @[[@LINE+1]]:9
        break

# while with a boolean condition
# CHECK-NEXT:  While @[[@LINE+7]]:1
# CHECK-NEXT:    test: BoolOp and @[[@LINE+6]]:7
# CHECK-NEXT:      Compare < @[[@LINE+5]]:7
# CHECK-NEXT:        Name a @[[@LINE+4]]:7
# CHECK-NEXT:        Name b @[[@LINE+3]]:11
# CHECK-NEXT:      Unary not @[[@LINE+2]]:17
# CHECK-NEXT:        Name done @[[@LINE+1]]:21
while a < b and not done:
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign += @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name a @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:10
    a += 1

# single-line compound bodies
# CHECK-NEXT:  If @[[@LINE+6]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+5]]:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:7
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:7
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:11
if x: y = 1
# CHECK-NEXT:  For @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name i @[[@LINE+6]]:5
# CHECK-NEXT:    iter: Name r @[[@LINE+5]]:10
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign += @[[@LINE+3]]:13
# CHECK-NEXT:        target: Name s @[[@LINE+2]]:13
# CHECK-NEXT:        value: Name i @[[@LINE+1]]:18
for i in r: s += i
# CHECK-NEXT:  While @[[@LINE+6]]:1
# CHECK-NEXT:    test: Name c @[[@LINE+5]]:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign -= @[[@LINE+3]]:10
# CHECK-NEXT:        target: Name c @[[@LINE+2]]:10
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:15
while c: c -= 1

# single-line bodies with several statements and a trailing semicolon
# CHECK-NEXT:  If @[[@LINE+9]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+8]]:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+6]]:7
# CHECK-NEXT:        target: Name y @[[@LINE+5]]:7
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+4]]:11
# CHECK-NEXT:      Assign @[[@LINE+3]]:14
# CHECK-NEXT:        target: Name z @[[@LINE+2]]:14
# CHECK-NEXT:        value: IntLit 2 @[[@LINE+1]]:18
if x: y = 1; z = 2;
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Assign @[[@LINE+3]]:7
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:7
# CHECK-NEXT:        value: IntLit 0 @[[@LINE+1]]:11
else: y = 0

# single-line elif and else
# CHECK-NEXT:  If @[[@LINE+6]]:1
# CHECK-NEXT:    test: Name a @[[@LINE+5]]:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:7
# CHECK-NEXT:        target: Name x @[[@LINE+2]]:7
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:11
if a: x = 1
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If @[[@LINE+6]]:1
# CHECK-NEXT:        test: Name b @[[@LINE+5]]:6
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign @[[@LINE+3]]:9
# CHECK-NEXT:            target: Name x @[[@LINE+2]]:9
# CHECK-NEXT:            value: IntLit 2 @[[@LINE+1]]:13
elif b: x = 2
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          Assign @[[@LINE+3]]:7
# CHECK-NEXT:            target: Name x @[[@LINE+2]]:7
# CHECK-NEXT:            value: IntLit 3 @[[@LINE+1]]:11
else: x = 3

# single-line def body
# CHECK-NEXT:  FunctionDef f @[[@LINE+7]]:1
# CHECK-NEXT:    param x @[[@LINE+6]]:7
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+4]]:11
# CHECK-NEXT:        Binary + @[[@LINE+3]]:18
# CHECK-NEXT:          Name x @[[@LINE+2]]:18
# CHECK-NEXT:          IntLit 1 @[[@LINE+1]]:22
def f(x): return x + 1

# loops nested three deep
# CHECK-NEXT:  For @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name i @[[@LINE+4]]:5
# CHECK-NEXT:    iter: Call @[[@LINE+3]]:10
# CHECK-NEXT:      func: Name range @[[@LINE+2]]:10
# CHECK-NEXT:      arg: Name n @[[@LINE+1]]:16
for i in range(n):
# CHECK-NEXT:    body:
# CHECK-NEXT:      For @[[@LINE+5]]:5
# CHECK-NEXT:        target: Name j @[[@LINE+4]]:9
# CHECK-NEXT:        iter: Call @[[@LINE+3]]:14
# CHECK-NEXT:          func: Name range @[[@LINE+2]]:14
# CHECK-NEXT:          arg: Name m @[[@LINE+1]]:20
    for j in range(m):
# CHECK-NEXT:        body:
# CHECK-NEXT:          While @[[@LINE+4]]:9
# CHECK-NEXT:            test: Compare < @[[@LINE+3]]:15
# CHECK-NEXT:              Name k @[[@LINE+2]]:15
# CHECK-NEXT:              Name j @[[@LINE+1]]:19
        while k < j:
# CHECK-NEXT:            body:
# CHECK-NEXT:              AugAssign += @[[@LINE+3]]:13
# CHECK-NEXT:                target: Name k @[[@LINE+2]]:13
# CHECK-NEXT:                value: IntLit 1 @[[@LINE+1]]:18
            k += 1
# CHECK-NEXT:          Assign @[[@LINE+6]]:9
# CHECK-NEXT:            target: Subscript tuple @[[@LINE+5]]:9
# CHECK-NEXT:              value: Name a @[[@LINE+4]]:9
# CHECK-NEXT:              index: Name i @[[@LINE+3]]:11
# CHECK-NEXT:              index: Name j @[[@LINE+2]]:14
# CHECK-NEXT:            value: Name k @[[@LINE+1]]:19
        a[i, j] = k
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name t @[[@LINE+2]]:5
# CHECK-NEXT:        value: Name i @[[@LINE+1]]:9
    t = i

# Nothing follows the last statement.
# CHECK-EMPTY:
