# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Primary expressions: calls with positional and keyword arguments,
# subscripts with one or several indices and slices, attribute chains,
# tuples (including () and (1,)), parentheses and list displays. A trailer
# (call, subscript, attribute) is located where its whole primary starts.

# CHECK:Module {{.*}}subscripts.py

# calls with no argument, positional arguments, keyword arguments
# CHECK-NEXT:  ExprStmt @[[@LINE+3]]:1
# CHECK-NEXT:    Call @[[@LINE+2]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+1]]:1
f()
# CHECK-NEXT:  ExprStmt @[[@LINE+7]]:1
# CHECK-NEXT:    Call @[[@LINE+6]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+5]]:1
# CHECK-NEXT:      arg: Name a @[[@LINE+4]]:3
# CHECK-NEXT:      arg: Binary + @[[@LINE+3]]:6
# CHECK-NEXT:        Name b @[[@LINE+2]]:6
# CHECK-NEXT:        IntLit 1 @[[@LINE+1]]:10
f(a, b + 1)
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+4]]:1
# CHECK-NEXT:      arg: Name a @[[@LINE+3]]:3
# CHECK-NEXT:      keyword axis: IntLit 0 @[[@LINE+2]]:11
# CHECK-NEXT:      keyword out: Name b @[[@LINE+1]]:18
f(a, axis=0, out=b)
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Call @[[@LINE+3]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+2]]:1
# CHECK-NEXT:      keyword x: IntLit 1 @[[@LINE+1]]:5
f(x=1)

# a trailing comma in the arguments
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Call @[[@LINE+4]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+3]]:1
# CHECK-NEXT:      arg: Name a @[[@LINE+2]]:3
# CHECK-NEXT:      arg: Name b @[[@LINE+1]]:6
f(a, b,)

# method calls and call chains
# CHECK-NEXT:  ExprStmt @[[@LINE+7]]:1
# CHECK-NEXT:    Call @[[@LINE+6]]:1
# CHECK-NEXT:      func: Attribute .sum @[[@LINE+5]]:1
# CHECK-NEXT:        Call @[[@LINE+4]]:1
# CHECK-NEXT:          func: Attribute .zeros @[[@LINE+3]]:1
# CHECK-NEXT:            Name np @[[@LINE+2]]:1
# CHECK-NEXT:          arg: Name n @[[@LINE+1]]:10
np.zeros(n).sum()
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Call @[[@LINE+4]]:1
# CHECK-NEXT:        func: Name f @[[@LINE+3]]:1
# CHECK-NEXT:        arg: Name a @[[@LINE+2]]:3
# CHECK-NEXT:      arg: Name b @[[@LINE+1]]:6
f(a)(b)

# a call whose argument is a conditional and one whose keyword is a tuple
# CHECK-NEXT:  ExprStmt @[[@LINE+10]]:1
# CHECK-NEXT:    Call @[[@LINE+9]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+8]]:1
# CHECK-NEXT:      arg: IfExp @[[@LINE+7]]:3
# CHECK-NEXT:        test: Name c @[[@LINE+6]]:8
# CHECK-NEXT:        body: Name a @[[@LINE+5]]:3
# CHECK-NEXT:        orelse: Name b @[[@LINE+4]]:15
# CHECK-NEXT:      keyword shape: Tuple @[[@LINE+3]]:24
# CHECK-NEXT:        Name n @[[@LINE+2]]:25
# CHECK-NEXT:        Name m @[[@LINE+1]]:28
f(a if c else b, shape=(n, m))

# a single index
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Subscript @[[@LINE+3]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+2]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+1]]:3
a[i]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Binary + @[[@LINE+3]]:3
# CHECK-NEXT:        Name i @[[@LINE+2]]:3
# CHECK-NEXT:        IntLit 1 @[[@LINE+1]]:7
a[i + 1]

# several indices: one Subscript, 'tuple', with one index each
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+2]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+1]]:6
a[i, j]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+3]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+2]]:6
# CHECK-NEXT:      index: Name k @[[@LINE+1]]:9
a[i, j, k]

# a trailing comma makes a one-element index tuple
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+3]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+2]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+1]]:3
a[i,]

# a parenthesised tuple is a single index, not an index tuple
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Tuple @[[@LINE+3]]:3
# CHECK-NEXT:        Name i @[[@LINE+2]]:4
# CHECK-NEXT:        Name j @[[@LINE+1]]:7
a[(i, j)]

# slices: every combination of lower, upper and step
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Subscript @[[@LINE+3]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+2]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+1]]:3
a[:]
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+2]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+1]]:3
a[1:]
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+2]]:3
# CHECK-NEXT:        upper: IntLit 2 @[[@LINE+1]]:4
a[:2]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+3]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+2]]:3
# CHECK-NEXT:        upper: IntLit 2 @[[@LINE+1]]:5
a[1:2]
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Subscript @[[@LINE+3]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+2]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+1]]:3
a[::]
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+2]]:3
# CHECK-NEXT:        step: IntLit 2 @[[@LINE+1]]:5
a[::2]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+3]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+2]]:3
# CHECK-NEXT:        step: IntLit 2 @[[@LINE+1]]:6
a[1::2]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+3]]:3
# CHECK-NEXT:        upper: IntLit 2 @[[@LINE+2]]:4
# CHECK-NEXT:        step: IntLit 3 @[[@LINE+1]]:6
a[:2:3]
# CHECK-NEXT:  ExprStmt @[[@LINE+7]]:1
# CHECK-NEXT:    Subscript @[[@LINE+6]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+5]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+4]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+3]]:3
# CHECK-NEXT:        upper: IntLit 2 @[[@LINE+2]]:5
# CHECK-NEXT:        step: IntLit 3 @[[@LINE+1]]:7
a[1:2:3]

# negative bounds and a reversed slice
# CHECK-NEXT:  ExprStmt @[[@LINE+7]]:1
# CHECK-NEXT:    Subscript @[[@LINE+6]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+5]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+4]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+3]]:3
# CHECK-NEXT:        upper: Unary - @[[@LINE+2]]:5
# CHECK-NEXT:          IntLit 1 @[[@LINE+1]]:6
a[1:-1]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+4]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+3]]:3
# CHECK-NEXT:        step: Unary - @[[@LINE+2]]:5
# CHECK-NEXT:          IntLit 1 @[[@LINE+1]]:6
a[::-1]

# slices and indices mixed in one subscript
# CHECK-NEXT:  ExprStmt @[[@LINE+9]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+8]]:1
# CHECK-NEXT:      value: Name a @[[@LINE+7]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+6]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+5]]:3
# CHECK-NEXT:        upper: Unary - @[[@LINE+4]]:5
# CHECK-NEXT:          IntLit 1 @[[@LINE+3]]:6
# CHECK-NEXT:      index: Slice @[[@LINE+2]]:9
# CHECK-NEXT:        step: IntLit 2 @[[@LINE+1]]:11
a[1:-1, ::2]
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name m @[[@LINE+3]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+2]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+1]]:6
m[:, j]
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+4]]:1
# CHECK-NEXT:      value: Name m @[[@LINE+3]]:1
# CHECK-NEXT:      index: Name i @[[@LINE+2]]:3
# CHECK-NEXT:      index: Slice @[[@LINE+1]]:6
m[i, :]
# CHECK-NEXT:  ExprStmt @[[@LINE+9]]:1
# CHECK-NEXT:    Subscript tuple @[[@LINE+8]]:1
# CHECK-NEXT:      value: Name m @[[@LINE+7]]:1
# CHECK-NEXT:      index: Slice @[[@LINE+6]]:3
# CHECK-NEXT:        lower: IntLit 1 @[[@LINE+5]]:3
# CHECK-NEXT:        upper: Binary - @[[@LINE+4]]:5
# CHECK-NEXT:          Name n @[[@LINE+3]]:5
# CHECK-NEXT:          IntLit 1 @[[@LINE+2]]:9
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+1]]:12
m[1:n - 1, 0]

# chained subscripts
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Subscript @[[@LINE+4]]:1
# CHECK-NEXT:        value: Name a @[[@LINE+3]]:1
# CHECK-NEXT:        index: Name i @[[@LINE+2]]:3
# CHECK-NEXT:      index: Name j @[[@LINE+1]]:6
a[i][j]

# attribute chains and their mix with calls and subscripts
# CHECK-NEXT:  ExprStmt @[[@LINE+5]]:1
# CHECK-NEXT:    Subscript @[[@LINE+4]]:1
# CHECK-NEXT:      value: Attribute .shape @[[@LINE+3]]:1
# CHECK-NEXT:        Name x @[[@LINE+2]]:1
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+1]]:9
x.shape[0]
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Attribute .c @[[@LINE+3]]:1
# CHECK-NEXT:      Attribute .b @[[@LINE+2]]:1
# CHECK-NEXT:        Name a @[[@LINE+1]]:1
a.b.c
# CHECK-NEXT:  ExprStmt @[[@LINE+10]]:1
# CHECK-NEXT:    Subscript @[[@LINE+9]]:1
# CHECK-NEXT:      value: Call @[[@LINE+8]]:1
# CHECK-NEXT:        func: Attribute .c @[[@LINE+7]]:1
# CHECK-NEXT:          Subscript @[[@LINE+6]]:1
# CHECK-NEXT:            value: Attribute .b @[[@LINE+5]]:1
# CHECK-NEXT:              Name a @[[@LINE+4]]:1
# CHECK-NEXT:            index: IntLit 0 @[[@LINE+3]]:5
# CHECK-NEXT:        arg: IntLit 1 @[[@LINE+2]]:10
# CHECK-NEXT:      index: IntLit 2 @[[@LINE+1]]:13
a.b[0].c(1)[2]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Attribute .norm @[[@LINE+4]]:1
# CHECK-NEXT:        Attribute .linalg @[[@LINE+3]]:1
# CHECK-NEXT:          Name np @[[@LINE+2]]:1
# CHECK-NEXT:      arg: Name x @[[@LINE+1]]:16
np.linalg.norm(x)

# tuples: empty, one element, several, nested
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+2]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+1]]:5
t = ()
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+3]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+2]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+1]]:6
t = (1,)
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+4]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+3]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:9
t = (1, 2)
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+3]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+2]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+1]]:5
t = 1,
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+8]]:1
# CHECK-NEXT:    value: Tuple @[[@LINE+7]]:5
# CHECK-NEXT:      Tuple @[[@LINE+6]]:6
# CHECK-NEXT:        IntLit 1 @[[@LINE+5]]:7
# CHECK-NEXT:        IntLit 2 @[[@LINE+4]]:10
# CHECK-NEXT:      Tuple @[[@LINE+3]]:14
# CHECK-NEXT:        IntLit 3 @[[@LINE+2]]:15
# CHECK-NEXT:      Tuple @[[@LINE+1]]:20
t = ((1, 2), (3,), ())

# parentheses alone make no tuple
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:6
t = (1)
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name t @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name a @[[@LINE+1]]:7
t = ((a))

# list displays
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name l @[[@LINE+2]]:1
# CHECK-NEXT:    value: List @[[@LINE+1]]:5
l = []
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name l @[[@LINE+4]]:1
# CHECK-NEXT:    value: List @[[@LINE+3]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:9
l = [1, 2]
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name l @[[@LINE+8]]:1
# CHECK-NEXT:    value: List @[[@LINE+7]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+6]]:6
# CHECK-NEXT:      List @[[@LINE+5]]:9
# CHECK-NEXT:        IntLit 2 @[[@LINE+4]]:10
# CHECK-NEXT:        IntLit 3 @[[@LINE+3]]:13
# CHECK-NEXT:      Tuple @[[@LINE+2]]:17
# CHECK-NEXT:        IntLit 4 @[[@LINE+1]]:18
l = [1, [2, 3], (4,)]
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name l @[[@LINE+3]]:1
# CHECK-NEXT:    value: List @[[@LINE+2]]:5
# CHECK-NEXT:      Name a @[[@LINE+1]]:6
l = [a,]

# a list literal as an argument
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name a @[[@LINE+8]]:1
# CHECK-NEXT:    value: Call @[[@LINE+7]]:5
# CHECK-NEXT:      func: Attribute .array @[[@LINE+6]]:5
# CHECK-NEXT:        Name np @[[@LINE+5]]:5
# CHECK-NEXT:      arg: List @[[@LINE+4]]:14
# CHECK-NEXT:        FloatLit 1.0 @[[@LINE+3]]:15
# CHECK-NEXT:        FloatLit 2.0 @[[@LINE+2]]:20
# CHECK-NEXT:        FloatLit 3.0 @[[@LINE+1]]:25
a = np.array([1.0, 2.0, 3.0])

# a subscript of a call result, and a call of a subscript
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: Call @[[@LINE+4]]:1
# CHECK-NEXT:        func: Name f @[[@LINE+3]]:1
# CHECK-NEXT:        arg: Name x @[[@LINE+2]]:3
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+1]]:6
f(x)[0]
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Subscript @[[@LINE+4]]:1
# CHECK-NEXT:        value: Name fs @[[@LINE+3]]:1
# CHECK-NEXT:        index: IntLit 0 @[[@LINE+2]]:4
# CHECK-NEXT:      arg: Name x @[[@LINE+1]]:7
fs[0](x)

# a parenthesised expression as a primary
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Attribute .sum @[[@LINE+4]]:1
# CHECK-NEXT:        Binary + @[[@LINE+3]]:2
# CHECK-NEXT:          Name a @[[@LINE+2]]:2
# CHECK-NEXT:          Name b @[[@LINE+1]]:6
(a + b).sum()
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Subscript @[[@LINE+5]]:1
# CHECK-NEXT:      value: BoolOp or @[[@LINE+4]]:2
# CHECK-NEXT:        Name a @[[@LINE+3]]:2
# CHECK-NEXT:        Name b @[[@LINE+2]]:7
# CHECK-NEXT:      index: IntLit 0 @[[@LINE+1]]:10
(a or b)[0]

# Nothing follows the last statement.
# CHECK-EMPTY:
