# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Precedence and associativity of the arithmetic and bitwise level, as in
# Python, from loosest to tightest: | ^ & (<< >>) (+ -) (* / // % @)
# (unary + - ~) **. Binary operators associate to the left except **.

# CHECK:Module {{.*}}arithmetic.py

# '|' is looser than '^', which is looser than '&'
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary | @[[@LINE+7]]:5
# CHECK-NEXT:      Name a @[[@LINE+6]]:5
# CHECK-NEXT:      Binary ^ @[[@LINE+5]]:9
# CHECK-NEXT:        Name b @[[@LINE+4]]:9
# CHECK-NEXT:        Binary & @[[@LINE+3]]:13
# CHECK-NEXT:          Name c @[[@LINE+2]]:13
# CHECK-NEXT:          Name d @[[@LINE+1]]:17
x = a | b ^ c & d
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary | @[[@LINE+7]]:5
# CHECK-NEXT:      Binary ^ @[[@LINE+6]]:5
# CHECK-NEXT:        Binary & @[[@LINE+5]]:5
# CHECK-NEXT:          Name a @[[@LINE+4]]:5
# CHECK-NEXT:          Name b @[[@LINE+3]]:9
# CHECK-NEXT:        Name c @[[@LINE+2]]:13
# CHECK-NEXT:      Name d @[[@LINE+1]]:17
x = a & b ^ c | d

# '&' is looser than shifts
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary & @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Binary << @[[@LINE+3]]:9
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:        Name c @[[@LINE+1]]:14
x = a & b << c

# shifts are looser than '+': a << (b + c), (a - b) >> c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary << @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Binary + @[[@LINE+3]]:10
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:        Name c @[[@LINE+1]]:14
x = a << b + c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary >> @[[@LINE+5]]:5
# CHECK-NEXT:      Binary - @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:14
x = a - b >> c

# shifts associate to the left
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary >> @[[@LINE+5]]:5
# CHECK-NEXT:      Binary << @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:      Name c @[[@LINE+1]]:15
x = a << b >> c

# '+' and '-' associate to the left
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary - @[[@LINE+5]]:5
# CHECK-NEXT:      Binary - @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:13
x = a - b - c
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+7]]:5
# CHECK-NEXT:      Binary - @[[@LINE+6]]:5
# CHECK-NEXT:        Binary + @[[@LINE+5]]:5
# CHECK-NEXT:          Name a @[[@LINE+4]]:5
# CHECK-NEXT:          Name b @[[@LINE+3]]:9
# CHECK-NEXT:        Name c @[[@LINE+2]]:13
# CHECK-NEXT:      Name d @[[@LINE+1]]:17
x = a + b - c + d

# '+' is looser than '*'
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Binary * @[[@LINE+3]]:9
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:        Name c @[[@LINE+1]]:13
x = a + b * c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+5]]:5
# CHECK-NEXT:      Binary * @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:13
x = a * b + c

# '*' '/' '//' '%' '@' share one level and associate to the left
# CHECK-NEXT:  Assign @[[@LINE+13]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+12]]:1
# CHECK-NEXT:    value: Binary @ @[[@LINE+11]]:5
# CHECK-NEXT:      Binary % @[[@LINE+10]]:5
# CHECK-NEXT:        Binary // @[[@LINE+9]]:5
# CHECK-NEXT:          Binary / @[[@LINE+8]]:5
# CHECK-NEXT:            Binary * @[[@LINE+7]]:5
# CHECK-NEXT:              Name a @[[@LINE+6]]:5
# CHECK-NEXT:              Name b @[[@LINE+5]]:9
# CHECK-NEXT:            Name c @[[@LINE+4]]:13
# CHECK-NEXT:          Name d @[[@LINE+3]]:18
# CHECK-NEXT:        Name e @[[@LINE+2]]:22
# CHECK-NEXT:      Name f @[[@LINE+1]]:26
x = a * b / c // d % e @ f
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+5]]:5
# CHECK-NEXT:      Binary / @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:13
x = a / b * c
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary // @[[@LINE+5]]:5
# CHECK-NEXT:      Binary // @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:      Name c @[[@LINE+1]]:15
x = a // b // c

# parentheses override associativity
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary - @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Binary - @[[@LINE+3]]:10
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:        Name c @[[@LINE+1]]:14
x = a - (b - c)
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary / @[[@LINE+5]]:5
# CHECK-NEXT:      Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Binary * @[[@LINE+3]]:10
# CHECK-NEXT:        Name b @[[@LINE+2]]:10
# CHECK-NEXT:        Name c @[[@LINE+1]]:14
x = a / (b * c)

# unary minus binds tighter than '*': (-a) * b
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+4]]:5
# CHECK-NEXT:      Unary - @[[@LINE+3]]:5
# CHECK-NEXT:        Name a @[[@LINE+2]]:6
# CHECK-NEXT:      Name b @[[@LINE+1]]:10
x = -a * b
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+4]]:5
# CHECK-NEXT:      Name a @[[@LINE+3]]:5
# CHECK-NEXT:      Unary - @[[@LINE+2]]:9
# CHECK-NEXT:        Name b @[[@LINE+1]]:10
x = a * -b

# unary plus, minus and invert, and nested unary operators
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    value: Unary + @[[@LINE+2]]:5
# CHECK-NEXT:      Name a @[[@LINE+1]]:6
x = +a
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+2]]:5
# CHECK-NEXT:      Name a @[[@LINE+1]]:6
x = -a
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    value: Unary ~ @[[@LINE+2]]:5
# CHECK-NEXT:      Name a @[[@LINE+1]]:6
x = ~a
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+3]]:5
# CHECK-NEXT:      Unary - @[[@LINE+2]]:7
# CHECK-NEXT:        Name a @[[@LINE+1]]:9
x = - - a
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+4]]:5
# CHECK-NEXT:      Unary ~ @[[@LINE+3]]:6
# CHECK-NEXT:        Unary + @[[@LINE+2]]:7
# CHECK-NEXT:          Name a @[[@LINE+1]]:8
x = -~+a

# '**' associates to the right: 2 ** (3 ** 2)
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary ** @[[@LINE+5]]:5
# CHECK-NEXT:      IntLit 2 @[[@LINE+4]]:5
# CHECK-NEXT:      Binary ** @[[@LINE+3]]:10
# CHECK-NEXT:        IntLit 3 @[[@LINE+2]]:10
# CHECK-NEXT:        IntLit 2 @[[@LINE+1]]:15
x = 2 ** 3 ** 2

# '**' binds tighter than a unary operator on its left: -(2 ** 2)
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+4]]:5
# CHECK-NEXT:      Binary ** @[[@LINE+3]]:6
# CHECK-NEXT:        IntLit 2 @[[@LINE+2]]:6
# CHECK-NEXT:        IntLit 2 @[[@LINE+1]]:11
x = -2 ** 2
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Unary ~ @[[@LINE+4]]:5
# CHECK-NEXT:      Binary ** @[[@LINE+3]]:6
# CHECK-NEXT:        Name a @[[@LINE+2]]:6
# CHECK-NEXT:        Name b @[[@LINE+1]]:11
x = ~a ** b

# ... but not than one on its right: 2 ** (-1)
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+5]]:1
# CHECK-NEXT:    value: Binary ** @[[@LINE+4]]:5
# CHECK-NEXT:      IntLit 2 @[[@LINE+3]]:5
# CHECK-NEXT:      Unary - @[[@LINE+2]]:10
# CHECK-NEXT:        IntLit 1 @[[@LINE+1]]:11
x = 2 ** -1
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary ** @[[@LINE+7]]:5
# CHECK-NEXT:      Name a @[[@LINE+6]]:5
# CHECK-NEXT:      Unary - @[[@LINE+5]]:10
# CHECK-NEXT:        Binary ** @[[@LINE+4]]:11
# CHECK-NEXT:          Name b @[[@LINE+3]]:11
# CHECK-NEXT:          Unary - @[[@LINE+2]]:16
# CHECK-NEXT:            Name c @[[@LINE+1]]:17
x = a ** -b ** -c

# '**' with a unary operand on both sides, then '*'
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+7]]:5
# CHECK-NEXT:      Unary - @[[@LINE+6]]:5
# CHECK-NEXT:        Binary ** @[[@LINE+5]]:6
# CHECK-NEXT:          Name a @[[@LINE+4]]:6
# CHECK-NEXT:          Unary - @[[@LINE+3]]:11
# CHECK-NEXT:            Name b @[[@LINE+2]]:12
# CHECK-NEXT:      Name c @[[@LINE+1]]:16
x = -a ** -b * c

# '**' binds tighter than '*' on both sides
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+7]]:5
# CHECK-NEXT:      Binary * @[[@LINE+6]]:5
# CHECK-NEXT:        Name a @[[@LINE+5]]:5
# CHECK-NEXT:        Binary ** @[[@LINE+4]]:9
# CHECK-NEXT:          Name b @[[@LINE+3]]:9
# CHECK-NEXT:          Name c @[[@LINE+2]]:14
# CHECK-NEXT:      Name d @[[@LINE+1]]:18
x = a * b ** c * d

# '**' of an attribute and of a call result, and a subscripted base
# CHECK-NEXT:  Assign @[[@LINE+8]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+7]]:1
# CHECK-NEXT:    value: Binary ** @[[@LINE+6]]:5
# CHECK-NEXT:      Attribute .b @[[@LINE+5]]:5
# CHECK-NEXT:        Name a @[[@LINE+4]]:5
# CHECK-NEXT:      Call @[[@LINE+3]]:12
# CHECK-NEXT:        func: Name f @[[@LINE+2]]:12
# CHECK-NEXT:        arg: Name c @[[@LINE+1]]:14
x = a.b ** f(c)
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary ** @[[@LINE+5]]:5
# CHECK-NEXT:      Subscript @[[@LINE+4]]:5
# CHECK-NEXT:        value: Name a @[[@LINE+3]]:5
# CHECK-NEXT:        index: Name i @[[@LINE+2]]:7
# CHECK-NEXT:      IntLit 2 @[[@LINE+1]]:13
x = a[i] ** 2

# unary minus of a literal stays a Unary
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+2]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+1]]:6
x = -1
# CHECK-NEXT:  Assign @[[@LINE+4]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+3]]:1
# CHECK-NEXT:    value: Unary - @[[@LINE+2]]:5
# CHECK-NEXT:      FloatLit 1.5 @[[@LINE+1]]:6
x = -1.5

# everything at once: a + b * -c ** d - e // f | g & h << i ^ j
# CHECK-NEXT:  Assign @[[@LINE+22]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+21]]:1
# CHECK-NEXT:    value: Binary | @[[@LINE+20]]:5
# CHECK-NEXT:      Binary - @[[@LINE+19]]:5
# CHECK-NEXT:        Binary + @[[@LINE+18]]:5
# CHECK-NEXT:          Name a @[[@LINE+17]]:5
# CHECK-NEXT:          Binary * @[[@LINE+16]]:9
# CHECK-NEXT:            Name b @[[@LINE+15]]:9
# CHECK-NEXT:            Unary - @[[@LINE+14]]:13
# CHECK-NEXT:              Binary ** @[[@LINE+13]]:14
# CHECK-NEXT:                Name c @[[@LINE+12]]:14
# CHECK-NEXT:                Name d @[[@LINE+11]]:19
# CHECK-NEXT:        Binary // @[[@LINE+10]]:23
# CHECK-NEXT:          Name e @[[@LINE+9]]:23
# CHECK-NEXT:          Name f @[[@LINE+8]]:28
# CHECK-NEXT:      Binary ^ @[[@LINE+7]]:32
# CHECK-NEXT:        Binary & @[[@LINE+6]]:32
# CHECK-NEXT:          Name g @[[@LINE+5]]:32
# CHECK-NEXT:          Binary << @[[@LINE+4]]:36
# CHECK-NEXT:            Name h @[[@LINE+3]]:36
# CHECK-NEXT:            Name i @[[@LINE+2]]:41
# CHECK-NEXT:        Name j @[[@LINE+1]]:45
x = a + b * -c ** d - e // f | g & h << i ^ j

# parentheses around the whole expression change nothing
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:7
# CHECK-NEXT:      Name a @[[@LINE+2]]:7
# CHECK-NEXT:      Name b @[[@LINE+1]]:11
x = ((a + b))

# '@' (matrix multiplication) is an ordinary binary operator
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary @ @[[@LINE+5]]:5
# CHECK-NEXT:      Binary @ @[[@LINE+4]]:5
# CHECK-NEXT:        Name a @[[@LINE+3]]:5
# CHECK-NEXT:        Name b @[[@LINE+2]]:9
# CHECK-NEXT:      Name c @[[@LINE+1]]:13
x = a @ b @ c

# Nothing follows the last statement.
# CHECK-EMPTY:
