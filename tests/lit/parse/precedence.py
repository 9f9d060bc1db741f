# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Precedence and associativity of the boolean level, as in Python: the
# conditional expression (right-nested), or, and, not, comparisons (chains
# stay flat), each against its neighbours.

# CHECK:Module {{.*}}precedence.py

# conditional expression: body, test, orelse
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+4]]:5
# CHECK-NEXT:      test: Name c @[[@LINE+3]]:10
# CHECK-NEXT:      body: Name a @[[@LINE+2]]:5
# CHECK-NEXT:      orelse: Name b @[[@LINE+1]]:17
x = a if c else b

# conditionals nest to the right: a if c else (b if d else e)
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+7]]:5
# CHECK-NEXT:      test: Name c @[[@LINE+6]]:10
# CHECK-NEXT:      body: Name a @[[@LINE+5]]:5
# CHECK-NEXT:      orelse: IfExp @[[@LINE+4]]:17
# CHECK-NEXT:        test: Name d @[[@LINE+3]]:22
# CHECK-NEXT:        body: Name b @[[@LINE+2]]:17
# CHECK-NEXT:        orelse: Name e @[[@LINE+1]]:29
x = a if c else b if d else e

# a conditional in the test position needs parentheses
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+7]]:5
# CHECK-NEXT:      test: IfExp @[[@LINE+6]]:11
# CHECK-NEXT:        test: Name c @[[@LINE+5]]:16
# CHECK-NEXT:        body: Name b @[[@LINE+4]]:11
# CHECK-NEXT:        orelse: Name d @[[@LINE+3]]:23
# CHECK-NEXT:      body: Name a @[[@LINE+2]]:5
# CHECK-NEXT:      orelse: Name e @[[@LINE+1]]:31
x = a if (b if c else d) else e

# a conditional in the body position needs parentheses
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+7]]:5
# CHECK-NEXT:      test: Name d @[[@LINE+6]]:24
# CHECK-NEXT:      body: IfExp @[[@LINE+5]]:6
# CHECK-NEXT:        test: Name b @[[@LINE+4]]:11
# CHECK-NEXT:        body: Name a @[[@LINE+3]]:6
# CHECK-NEXT:        orelse: Name c @[[@LINE+2]]:18
# CHECK-NEXT:      orelse: Name e @[[@LINE+1]]:31
x = (a if b else c) if d else e

# the conditional is looser than 'or': (a or b) if (c or d) else (e or f)
# CHECK-NEXT:  Assign @[[@LINE+12]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+11]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+10]]:5
# CHECK-NEXT:      test: BoolOp or @[[@LINE+9]]:15
# CHECK-NEXT:        Name c @[[@LINE+8]]:15
# CHECK-NEXT:        Name d @[[@LINE+7]]:20
# CHECK-NEXT:      body: BoolOp or @[[@LINE+6]]:5
# CHECK-NEXT:        Name a @[[@LINE+5]]:5
# CHECK-NEXT:        Name b @[[@LINE+4]]:10
# CHECK-NEXT:      orelse: BoolOp or @[[@LINE+3]]:27
# CHECK-NEXT:        Name e @[[@LINE+2]]:27
# CHECK-NEXT:        Name f @[[@LINE+1]]:32
x = a or b if c or d else e or f

# 'and' binds tighter than 'or'
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp or @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      BoolOp and @[[@LINE+3]]:10
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:        Name c @[[@LINE+1]]:16
x = a or b and c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp or @[[@LINE+5]]:5
# CHECK-NEXT:      BoolOp and @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:11
# CHECK-NEXT:      Name c @[[@LINE+1]]:16
x = a and b or c

# 'a and b and c' is one BoolOp with three values
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+4]]:5
# CHECK-NEXT:      Name a @[[@LINE+3]]:5
# CHECK-NEXT:      Name b @[[@LINE+2]]:11
# CHECK-NEXT:      Name c @[[@LINE+1]]:17
x = a and b and c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp or @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Name b @[[@LINE+3]]:10
# CHECK-NEXT:      Name c @[[@LINE+2]]:15
# CHECK-NEXT:      Name d @[[@LINE+1]]:20
x = a or b or c or d

# parentheses keep BoolOps apart
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+5]]:5
# CHECK-NEXT:      BoolOp and @[[@LINE+4]]:6
# CHECK-NEXT:        Name a @[[@LINE+3]]:6
# CHECK-NEXT:        Name b @[[@LINE+2]]:12
# CHECK-NEXT:      Name c @[[@LINE+1]]:19
x = (a and b) and c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      BoolOp and @[[@LINE+3]]:12
# CHECK-NEXT:        Name b @[[@LINE+2]]:12
# CHECK-NEXT:        Name c @[[@LINE+1]]:18
x = a and (b and c)
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+5]]:5
# CHECK-NEXT:      BoolOp or @[[@LINE+4]]:6
# CHECK-NEXT:        Name a @[[@LINE+3]]:6
# CHECK-NEXT:        Name b @[[@LINE+2]]:11
# CHECK-NEXT:      Name c @[[@LINE+1]]:18
x = (a or b) and c

# mixed chains: or of ands
# CHECK-NEXT:  Assign @[[@LINE+10]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+9]]:1
# CHECK-NEXT:    value: BoolOp or @[[@LINE+8]]:5
# CHECK-NEXT:      BoolOp and @[[@LINE+7]]:5
# CHECK-NEXT:        Name a @[[@LINE+6]]:5
# CHECK-NEXT:        Name b @[[@LINE+5]]:11
# CHECK-NEXT:      BoolOp and @[[@LINE+4]]:16
# CHECK-NEXT:        Name c @[[@LINE+3]]:16
# CHECK-NEXT:        Name d @[[@LINE+2]]:22
# CHECK-NEXT:      Name e @[[@LINE+1]]:27
x = a and b or c and d or e

# 'not' is looser than comparison: not (a == b)
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Unary not @[[@LINE+4]]:5
# CHECK-NEXT:      Compare == @[[@LINE+3]]:9
# CHECK-NEXT:        Name a @[[@LINE+2]]:9
# CHECK-NEXT:        Name b @[[@LINE+1]]:14
x = not a == b

# 'not' is tighter than 'and': (not a) and b
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+4]]:5
# CHECK-NEXT:      Unary not @[[@LINE+3]]:5
# CHECK-NEXT:        Name a @[[@LINE+2]]:9
# CHECK-NEXT:      Name b @[[@LINE+1]]:15
x = not a and b
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+4]]:5
# CHECK-NEXT:      Name a @[[@LINE+3]]:5
# CHECK-NEXT:      Unary not @[[@LINE+2]]:11
# CHECK-NEXT:        Name b @[[@LINE+1]]:15
x = a and not b

# 'not not' nests
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Unary not @[[@LINE+3]]:5
# CHECK-NEXT:      Unary not @[[@LINE+2]]:9
# CHECK-NEXT:        Name a @[[@LINE+1]]:13
x = not not a

# 'not' over an 'or' in parentheses
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Unary not @[[@LINE+4]]:5
# CHECK-NEXT:      BoolOp or @[[@LINE+3]]:10
# CHECK-NEXT:        Name a @[[@LINE+2]]:10
# CHECK-NEXT:        Name b @[[@LINE+1]]:15
x = not (a or b)

# a comparison chain is one Compare with two operators
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Compare < <= @[[@LINE+4]]:5
# CHECK-NEXT:      Name a @[[@LINE+3]]:5
# CHECK-NEXT:      Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:14
x = a < b <= c

# every comparison operator
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare < @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:9
x = a < b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare > @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:9
x = a > b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare == @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a == b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare >= @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a >= b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare <= @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a <= b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare != @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a != b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare in @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a in b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare not in @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:14
x = a not in b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare is @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = a is b
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Compare is not @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+1]]:14
x = a is not b

# a long chain mixing operators, including the two-word ones
# CHECK-NEXT:  Assign @[[@LINE+11]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+10]]:1
# CHECK-NEXT:    value: Compare < == != is not not in in is @[[@LINE+9]]:5
# CHECK-NEXT:      Name a @[[@LINE+8]]:5
# CHECK-NEXT:      Name b @[[@LINE+7]]:9
# CHECK-NEXT:      Name c @[[@LINE+6]]:14
# CHECK-NEXT:      Name d @[[@LINE+5]]:19
# CHECK-NEXT:      Name e @[[@LINE+4]]:28
# CHECK-NEXT:      Name f @[[@LINE+3]]:37
# CHECK-NEXT:      Name g @[[@LINE+2]]:42
# CHECK-NEXT:      Name h @[[@LINE+1]]:47
x = a < b == c != d is not e not in f in g is h

# comparison is looser than '|': (a | b) < (c | d)
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Compare < @[[@LINE+7]]:5
# CHECK-NEXT:      Binary | @[[@LINE+6]]:5
# CHECK-NEXT:        Name a @[[@LINE+5]]:5
# CHECK-NEXT:        Name b @[[@LINE+4]]:9
# CHECK-NEXT:      Binary | @[[@LINE+3]]:13
# CHECK-NEXT:        Name c @[[@LINE+2]]:13
# CHECK-NEXT:        Name d @[[@LINE+1]]:17
x = a | b < c | d

# comparison is looser than arithmetic
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Compare < @[[@LINE+7]]:5
# CHECK-NEXT:      Binary + @[[@LINE+6]]:5
# CHECK-NEXT:        Name a @[[@LINE+5]]:5
# CHECK-NEXT:        IntLit 1 @[[@LINE+4]]:9
# CHECK-NEXT:      Binary * @[[@LINE+3]]:13
# CHECK-NEXT:        Name b @[[@LINE+2]]:13
# CHECK-NEXT:        IntLit 2 @[[@LINE+1]]:17
x = a + 1 < b * 2

# a parenthesised comparison inside a comparison is nested, not chained
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Compare < @[[@LINE+5]]:5
# CHECK-NEXT:      Compare < @[[@LINE+4]]:6
# CHECK-NEXT:        Name a @[[@LINE+3]]:6
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:      Name c @[[@LINE+1]]:15
x = (a < b) < c

# 'is not None' and 'not in' around arithmetic
# CHECK-NEXT:  Assign @[[@LINE+11]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+10]]:1
# CHECK-NEXT:    value: BoolOp and @[[@LINE+9]]:5
# CHECK-NEXT:      Compare is not @[[@LINE+8]]:5
# CHECK-NEXT:        Name a @[[@LINE+7]]:5
# CHECK-NEXT:        NoneLit @[[@LINE+6]]:14
# CHECK-NEXT:      Compare not in @[[@LINE+5]]:23
# CHECK-NEXT:        Binary + @[[@LINE+4]]:23
# CHECK-NEXT:          Name i @[[@LINE+3]]:23
# CHECK-NEXT:          IntLit 1 @[[@LINE+2]]:27
# CHECK-NEXT:        Name s @[[@LINE+1]]:36
x = a is not None and i + 1 not in s

# Nothing follows the last statement.
# CHECK-EMPTY:
