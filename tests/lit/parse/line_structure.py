# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Python's line structure: INDENT/DEDENT (nested blocks, dedents of several
# levels at once, a different width per block), implicit line joining inside
# brackets (nodes keep the line they are written on), backslash
# continuation, comments and blank lines anywhere, docstrings.

# CHECK:Module {{.*}}line_structure.py

# a module docstring is an expression statement
# CHECK-NEXT:  ExprStmt @[[@LINE+2]]:1
# CHECK-NEXT:    StrLit "Module docstring,\nover two lines." @[[@LINE+1]]:1
"""Module docstring,
over two lines."""

# three nested blocks closed by one dedent back to column 1
# CHECK-NEXT:  FunctionDef f @[[@LINE+2]]:1
# CHECK-NEXT:    param n @[[@LINE+1]]:7
def f(n):
# CHECK-NEXT:    body:
# CHECK-NEXT:      For @[[@LINE+5]]:5
# CHECK-NEXT:        target: Name i @[[@LINE+4]]:9
# CHECK-NEXT:        iter: Call @[[@LINE+3]]:14
# CHECK-NEXT:          func: Name range @[[@LINE+2]]:14
# CHECK-NEXT:          arg: Name n @[[@LINE+1]]:20
    for i in range(n):
# CHECK-NEXT:        body:
# CHECK-NEXT:          If @[[@LINE+2]]:9
# CHECK-NEXT:            test: Name i @[[@LINE+1]]:12
        if i:
# CHECK-NEXT:            body:
# CHECK-NEXT:              Assign @[[@LINE+3]]:13
# CHECK-NEXT:                target: Name x @[[@LINE+2]]:13
# CHECK-NEXT:                value: Name i @[[@LINE+1]]:17
            x = i
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name y @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 0 @[[@LINE+1]]:5
y = 0

# a dedent of one level, then another, each to an outer block
# CHECK-NEXT:  FunctionDef f @[[@LINE+2]]:1
# CHECK-NEXT:    param n @[[@LINE+1]]:7
def f(n):
# CHECK-NEXT:    body:
# CHECK-NEXT:      For @[[@LINE+5]]:5
# CHECK-NEXT:        target: Name i @[[@LINE+4]]:9
# CHECK-NEXT:        iter: Call @[[@LINE+3]]:14
# CHECK-NEXT:          func: Name range @[[@LINE+2]]:14
# CHECK-NEXT:          arg: Name n @[[@LINE+1]]:20
    for i in range(n):
# CHECK-NEXT:        body:
# CHECK-NEXT:          If @[[@LINE+2]]:9
# CHECK-NEXT:            test: Name i @[[@LINE+1]]:12
        if i:
# CHECK-NEXT:            body:
# CHECK-NEXT:              Assign @[[@LINE+3]]:13
# CHECK-NEXT:                target: Name x @[[@LINE+2]]:13
# CHECK-NEXT:                value: Name i @[[@LINE+1]]:17
            x = i
# CHECK-NEXT:          Assign @[[@LINE+3]]:9
# CHECK-NEXT:            target: Name z @[[@LINE+2]]:9
# CHECK-NEXT:            value: Name i @[[@LINE+1]]:13
        z = i
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name z @[[@LINE+1]]:12
    return z

# each block may choose its own indentation width
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name a @[[@LINE+1]]:4
if a:
# CHECK-NEXT:    body:
# CHECK-NEXT:      If @[[@LINE+2]]:3
# CHECK-NEXT:        test: Name b @[[@LINE+1]]:6
  if b:
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign @[[@LINE+3]]:11
# CHECK-NEXT:            target: Name x @[[@LINE+2]]:11
# CHECK-NEXT:            value: IntLit 1 @[[@LINE+1]]:15
          x = 1
# CHECK-NEXT:      Assign @[[@LINE+3]]:3
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:3
# CHECK-NEXT:        value: IntLit 2 @[[@LINE+1]]:7
  y = 2

# blank lines and comments between decorators and the def, and in a body
# CHECK-NEXT:  FunctionDef f @[[@LINE+13]]:1
# CHECK-NEXT:    decorator: Name njit @[[@LINE+1]]:2
@njit

# a comment between decorators
# CHECK-NEXT:    decorator: Call @[[@LINE+4]]:2
# CHECK-NEXT:      func: Attribute .jit @[[@LINE+3]]:2
# CHECK-NEXT:        Name numba @[[@LINE+2]]:2
# CHECK-NEXT:      keyword cache: BoolLit True @[[@LINE+1]]:18
@numba.jit(cache=True)
# a comment before the def

# CHECK-NEXT:    param x @[[@LINE+1]]:7
def f(x):

    # a comment at the body's indentation
        # a comment indented deeper than the body
  # a comment indented less than the body
# a comment at column 1
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: Name x @[[@LINE+1]]:9
    y = x  # a trailing comment

    # a comment before a dedent
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name y @[[@LINE+1]]:12
    return y

# a comment after a block header's colon, and a comment-only line before a deeper block
# CHECK-NEXT:  If @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+1]]:4
if x:  # why
    # what
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:9
    y = 1
else:  # otherwise
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Assign @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 2 @[[@LINE+1]]:9
    y = 2

# implicit line joining in parentheses: each node keeps its own line
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:6
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+2]]:6
x = (1 +
     2)

# implicit line joining in a call: indentation inside brackets is ignored
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name y @[[@LINE+6]]:1
# CHECK-NEXT:    value: Call @[[@LINE+5]]:5
# CHECK-NEXT:      func: Name f @[[@LINE+4]]:5
# CHECK-NEXT:      arg: Name a @[[@LINE+3]]:7
# CHECK-NEXT:      arg: Name b @[[@LINE+3]]:11
# CHECK-NEXT:      keyword c: IntLit 3 @[[@LINE+3]]:5
y = f(a,
          b,
  c=3)

# implicit line joining in a subscript and a list, with comments and blank lines inside
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name z @[[@LINE+5]]:1
# CHECK-NEXT:    value: Subscript tuple @[[@LINE+4]]:5
# CHECK-NEXT:      value: Name m @[[@LINE+3]]:5
# CHECK-NEXT:      index: Name i @[[@LINE+2]]:7
# CHECK-NEXT:      index: Name j @[[@LINE+4]]:7
z = m[i,

      # a comment inside brackets
      j]
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name l @[[@LINE+4]]:1
# CHECK-NEXT:    value: List @[[@LINE+3]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+2]]:6
l = [1,  # one
     2]

# a def header split over several lines
# CHECK-NEXT:  FunctionDef g @[[@LINE+6]]:1
# CHECK-NEXT:    param a @[[@LINE+5]]:7
# CHECK-NEXT:    param b @[[@LINE+5]]:7
# CHECK-NEXT:      annotation: Name int @[[@LINE+4]]:10
# CHECK-NEXT:      default: IntLit 1 @[[@LINE+3]]:16
# CHECK-NEXT:    returns: Name float @[[@LINE+3]]:12
def g(a,
      b: int = 1,
      ) -> float:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name a @[[@LINE+1]]:12
    return a

# a condition split in parentheses
# CHECK-NEXT:  If @[[@LINE+4]]:1
# CHECK-NEXT:    test: BoolOp and @[[@LINE+3]]:5
# CHECK-NEXT:      Name a @[[@LINE+2]]:5
# CHECK-NEXT:      Name b @[[@LINE+2]]:9
if (a and
        b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# backslash continuation
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:5
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:5
# CHECK-NEXT:      IntLit 2 @[[@LINE+2]]:5
x = 1 + \
    2

# backslash continuation in a block header and before a keyword
# CHECK-NEXT:  If @[[@LINE+4]]:1
# CHECK-NEXT:    test: BoolOp and @[[@LINE+3]]:4
# CHECK-NEXT:      Name a @[[@LINE+2]]:4
# CHECK-NEXT:      Name b @[[@LINE+2]]:4
if a and \
   b:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @[[@LINE+6]]:5
# CHECK-NEXT:        target: Name y @[[@LINE+5]]:5
# CHECK-NEXT:        value: IfExp @[[@LINE+4]]:9
# CHECK-NEXT:          test: Name c @[[@LINE+4]]:12
# CHECK-NEXT:          body: IntLit 1 @[[@LINE+2]]:9
# CHECK-NEXT:          orelse: IntLit 2 @[[@LINE+2]]:19
    y = 1 \
        if c else 2

# backslash continuation inside brackets is harmless
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:6
# CHECK-NEXT:      IntLit 1 @[[@LINE+2]]:6
# CHECK-NEXT:      IntLit 2 @[[@LINE+2]]:6
x = (1 + \
     2)

# several blank lines and comments at the end of a block before a dedent
# CHECK-NEXT:  While @[[@LINE+2]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+1]]:7
while x:
# CHECK-NEXT:    body:
# CHECK-NEXT:      AugAssign -= @[[@LINE+3]]:5
# CHECK-NEXT:        target: Name x @[[@LINE+2]]:5
# CHECK-NEXT:        value: IntLit 1 @[[@LINE+1]]:10
    x -= 1


# a comment at column 1

    # an indented comment
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name y @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name x @[[@LINE+1]]:5
y = x

# a function docstring, then the body
# CHECK-NEXT:  FunctionDef h @[[@LINE+1]]:1
def h():
# CHECK-NEXT:    body:
# CHECK-NEXT:      ExprStmt @[[@LINE+2]]:5
# CHECK-NEXT:        StrLit "Docstring of h.\n\n    More text.\n    " @[[@LINE+1]]:5
    """Docstring of h.

    More text.
    """
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        IntLit 0 @[[@LINE+1]]:12
    return 0

# a single-quoted docstring on the same line as the def
# CHECK-NEXT:  FunctionDef k @[[@LINE+6]]:1
# CHECK-NEXT:    body:
# CHECK-NEXT:      ExprStmt @[[@LINE+4]]:10
# CHECK-NEXT:        StrLit "doc" @[[@LINE+3]]:10
# CHECK-NEXT:      Return @[[@LINE+2]]:17
# CHECK-NEXT:        IntLit 1 @[[@LINE+1]]:24
def k(): "doc"; return 1

# Nothing follows the last statement.
# CHECK-EMPTY:
