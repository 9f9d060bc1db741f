# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Assignment: plain, tuple targets, chained, subscript and attribute targets,
# all thirteen augmented assignment operators, and annotated assignment.

# CHECK:Module {{.*}}assign.py

# a plain assignment
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:5
x = 1

# tuple target and tuple value: the value's % binds to 'a' and 'b' only
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+8]]:1
# CHECK-NEXT:      Name a @[[@LINE+7]]:1
# CHECK-NEXT:      Name b @[[@LINE+6]]:4
# CHECK-NEXT:    value: Tuple @[[@LINE+5]]:8
# CHECK-NEXT:      Name b @[[@LINE+4]]:8
# CHECK-NEXT:      Binary % @[[@LINE+3]]:11
# CHECK-NEXT:        Name a @[[@LINE+2]]:11
# CHECK-NEXT:        Name b @[[@LINE+1]]:15
a, b = b, a % b

# parenthesised and bracketed tuple targets
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+6]]:1
# CHECK-NEXT:      Name a @[[@LINE+5]]:2
# CHECK-NEXT:      Name b @[[@LINE+4]]:5
# CHECK-NEXT:    value: Tuple @[[@LINE+3]]:10
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:10
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:13
(a, b) = 1, 2
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: List @[[@LINE+4]]:1
# CHECK-NEXT:      Name c @[[@LINE+3]]:2
# CHECK-NEXT:      Name d @[[@LINE+2]]:5
# CHECK-NEXT:    value: Name e @[[@LINE+1]]:10
[c, d] = e

# a nested tuple target
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+6]]:1
# CHECK-NEXT:      Tuple @[[@LINE+5]]:1
# CHECK-NEXT:        Name a @[[@LINE+4]]:2
# CHECK-NEXT:        Name b @[[@LINE+3]]:5
# CHECK-NEXT:      Name c @[[@LINE+2]]:9
# CHECK-NEXT:    value: Name t @[[@LINE+1]]:13
(a, b), c = t

# a target with a trailing comma is a one-element tuple
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+3]]:1
# CHECK-NEXT:      Name a @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name t @[[@LINE+1]]:6
a, = t

# chained assignment: one Assign with every target, left to right
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name a @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name b @[[@LINE+2]]:5
# CHECK-NEXT:    value: IntLit 0 @[[@LINE+1]]:9
a = b = 0
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name y @[[@LINE+3]]:5
# CHECK-NEXT:    target: Name z @[[@LINE+2]]:9
# CHECK-NEXT:    value: Name w @[[@LINE+1]]:13
x = y = z = w

# chained assignment mixing tuple and name targets
# CHECK-NEXT:  Assign @[[@LINE+8]]:1
# CHECK-NEXT:    target: Tuple @[[@LINE+7]]:1
# CHECK-NEXT:      Name a @[[@LINE+6]]:1
# CHECK-NEXT:      Name b @[[@LINE+5]]:4
# CHECK-NEXT:    target: Name c @[[@LINE+4]]:8
# CHECK-NEXT:    value: Tuple @[[@LINE+3]]:12
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:12
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:15
a, b = c = 1, 2

# subscript targets
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Subscript @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+2]]:3
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:8
a[i] = 1
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Subscript tuple @[[@LINE+8]]:1
# CHECK-NEXT:      value: Name m @[[@LINE+7]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+6]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+5]]:6
# CHECK-NEXT:    value: Subscript tuple @[[@LINE+4]]:11
# CHECK-NEXT:      value: Name m @[[@LINE+3]]:11
# CHECK-NEXT:      index: Name j @[[@LINE+2]]:13
# CHECK-NEXT:      index: Name i @[[@LINE+1]]:16
m[i, j] = m[j, i]
# CHECK-NEXT:  Assign @[[@LINE+8]]:1
# CHECK-NEXT:    target: Subscript @[[@LINE+7]]:1
# CHECK-NEXT:      value: Name out @[[@LINE+6]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+5]]:5
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+4]]:5
# CHECK-NEXT:        upper: Unary - @[[@LINE+3]]:7
# CHECK-NEXT:          IntLit 1 @[[@LINE+2]]:8
# CHECK-NEXT:    value: IntLit 0 @[[@LINE+1]]:13
out[1:-1] = 0

# attribute targets, chained with a subscript
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Attribute .x @[[@LINE+3]]:1
# CHECK-NEXT:      Name self @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:10
self.x = 1
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Attribute .c @[[@LINE+4]]:1
# CHECK-NEXT:      Attribute .b @[[@LINE+3]]:1
# CHECK-NEXT:        Name a @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:9
a.b.c = 2
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Attribute .y @[[@LINE+5]]:1
# CHECK-NEXT:      Subscript @[[@LINE+4]]:1
# CHECK-NEXT:        value: Name x @[[@LINE+3]]:1
# CHECK-NEXT:        index: Name i @[[@LINE+2]]:3
# CHECK-NEXT:    value: IntLit 3 @[[@LINE+1]]:10
x[i].y = 3
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Attribute .b @[[@LINE+4]]:1
# CHECK-NEXT:        Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+2]]:5
# CHECK-NEXT:    value: IntLit 4 @[[@LINE+1]]:10
a.b[0] = 4

# all thirteen augmented assignment operators
# CHECK-NEXT:  AugAssign += @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:6
x += 1
# CHECK-NEXT:  AugAssign -= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:6
x -= 1
# CHECK-NEXT:  AugAssign *= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:6
x *= 1
# CHECK-NEXT:  AugAssign @= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name m @[[@LINE+1]]:6
x @= m
# CHECK-NEXT:  AugAssign /= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:6
x /= 2
# CHECK-NEXT:  AugAssign //= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:7
x //= 2
# CHECK-NEXT:  AugAssign %= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:6
x %= 2
# CHECK-NEXT:  AugAssign **= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:7
x **= 2
# CHECK-NEXT:  AugAssign <<= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:7
x <<= 1
# CHECK-NEXT:  AugAssign >>= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:7
x >>= 1
# CHECK-NEXT:  AugAssign &= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 3 @[[@LINE+1]]:6
x &= 3
# CHECK-NEXT:  AugAssign |= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 3 @[[@LINE+1]]:6
x |= 3
# CHECK-NEXT:  AugAssign ^= @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 3 @[[@LINE+1]]:6
x ^= 3

# augmented assignment to a subscript and an attribute, with a tuple value
# CHECK-NEXT:  AugAssign += @[[@LINE+6]]:1
# CHECK-NEXT:    target: Subscript tuple @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+3]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+2]]:6
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:12
a[i, j] += 1
# CHECK-NEXT:  AugAssign -= @[[@LINE+6]]:1
# CHECK-NEXT:    target: Attribute .total @[[@LINE+5]]:1
# CHECK-NEXT:      Name s @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+3]]:12
# CHECK-NEXT:      Name x @[[@LINE+2]]:12
# CHECK-NEXT:      Name y @[[@LINE+1]]:16
s.total -= x * y
# CHECK-NEXT:  AugAssign += @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+4]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+3]]:6
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:9
t += 1, 2

# annotated assignment with and without a value
# CHECK-NEXT:  AnnAssign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    annotation: Name float @[[@LINE+2]]:4
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:12
x: float = 0.0
# CHECK-NEXT:  AnnAssign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name n @[[@LINE+2]]:1
# CHECK-NEXT:    annotation: Name int @[[@LINE+1]]:4
n: int

# annotated assignment to a subscript and an attribute
# CHECK-NEXT:  AnnAssign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+3]]:3
# CHECK-NEXT:    annotation: Name int @[[@LINE+2]]:7
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:13
a[0]: int = 1
# CHECK-NEXT:  AnnAssign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Attribute .x @[[@LINE+4]]:1
# CHECK-NEXT:      Name s @[[@LINE+3]]:1
# CHECK-NEXT:    annotation: Name float @[[@LINE+2]]:6
# CHECK-NEXT:    value: FloatLit 2.5 @[[@LINE+1]]:14
s.x: float = 2.5

# an assignment whose value is a conditional expression
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: IfExp @[[@LINE+4]]:5
# CHECK-NEXT:      test: Name c @[[@LINE+3]]:10
# CHECK-NEXT:      body: Name a @[[@LINE+2]]:5
# CHECK-NEXT:      orelse: Name b @[[@LINE+1]]:17
x = a if c else b

# Nothing follows the last statement.
# CHECK-EMPTY:
