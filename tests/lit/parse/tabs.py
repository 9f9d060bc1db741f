# Tabs and form feeds as whitespace. A tab in indentation advances to the
# next multiple of 8 (as in CPython), but a column counts it as one
# character. A form feed at the start of a line resets the indentation
# count. Each RUN line writes its own input file.

# Blocks indented with one and two tabs; a tab between tokens.
# RUN: printf 'def f(x):\n\tif x:\n\t\treturn 1\n\treturn\t2\n' > %t.a.py
# RUN: %parc emit --ast %t.a.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=A %s
# A:Module {{.*}}.a.py
# A-NEXT:  FunctionDef f @1:1
# A-NEXT:    param x @1:7
# A-NEXT:    body:
# A-NEXT:      If @2:2
# A-NEXT:        test: Name x @2:5
# A-NEXT:        body:
# A-NEXT:          Return @3:3
# A-NEXT:            IntLit 1 @3:10
# A-NEXT:      Return @4:2
# A-NEXT:        IntLit 2 @4:9
# A-EMPTY:

# Blank lines of spaces and tabs inside a block, and a comment indented
# with a tab, do not end the block.
# RUN: printf 'if a:\n    x = 1\n    \n  \t\n\t# tab comment\n    y = 2\n' > %t.b.py
# RUN: %parc emit --ast %t.b.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=B %s
# B:Module {{.*}}.b.py
# B-NEXT:  If @1:1
# B-NEXT:    test: Name a @1:4
# B-NEXT:    body:
# B-NEXT:      Assign @2:5
# B-NEXT:        target: Name x @2:5
# B-NEXT:        value: IntLit 1 @2:9
# B-NEXT:      Assign @6:5
# B-NEXT:        target: Name y @6:5
# B-NEXT:        value: IntLit 2 @6:9
# B-EMPTY:

# A form feed at the start of a line (as between pages of a listing).
# RUN: printf 'x = 1\n\fy = 2\n' > %t.c.py
# RUN: %parc emit --ast %t.c.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=C %s
# C:Module {{.*}}.c.py
# C-NEXT:  Assign @1:1
# C-NEXT:    target: Name x @1:1
# C-NEXT:    value: IntLit 1 @1:5
# C-NEXT:  Assign @2:2
# C-NEXT:    target: Name y @2:2
# C-NEXT:    value: IntLit 2 @2:6
# C-EMPTY:
