# Files that end without a final newline (the last line still counts, and
# open blocks still close), files with Windows line endings (CRLF), a
# whitespace-only last line, and a UTF-8 byte-order mark. Each RUN line
# writes its own input file.

# A statement with no newline after it.
# RUN: printf 'x = 1' > %t.a.py
# RUN: %parc emit --ast %t.a.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=A %s
# A:Module {{.*}}.a.py
# A-NEXT:  Assign @1:1
# A-NEXT:    target: Name x @1:1
# A-NEXT:    value: IntLit 1 @1:5
# A-EMPTY:

# Two open blocks closed by the end of the file, with no final newline.
# RUN: printf 'def f(a):\n    if a:\n        return 1' > %t.b.py
# RUN: %parc emit --ast %t.b.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=B %s
# B:Module {{.*}}.b.py
# B-NEXT:  FunctionDef f @1:1
# B-NEXT:    param a @1:7
# B-NEXT:    body:
# B-NEXT:      If @2:5
# B-NEXT:        test: Name a @2:8
# B-NEXT:        body:
# B-NEXT:          Return @3:9
# B-NEXT:            IntLit 1 @3:16
# B-EMPTY:

# The last line is a comment, or a trailing comment, with no newline.
# RUN: printf 'if a:\n    x = 1\n    # done' > %t.c.py
# RUN: %parc emit --ast %t.c.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=C %s
# RUN: printf 'y = 2  # done' > %t.c2.py
# RUN: %parc emit --ast %t.c2.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=C2 %s
# C:Module {{.*}}.c.py
# C-NEXT:  If @1:1
# C-NEXT:    test: Name a @1:4
# C-NEXT:    body:
# C-NEXT:      Assign @2:5
# C-NEXT:        target: Name x @2:5
# C-NEXT:        value: IntLit 1 @2:9
# C-EMPTY:
# C2:Module {{.*}}.c2.py
# C2-NEXT:  Assign @1:1
# C2-NEXT:    target: Name y @1:1
# C2-NEXT:    value: IntLit 2 @1:5
# C2-EMPTY:

# A bracket closed on the last line, with no newline; and a last line of
# spaces only.
# RUN: printf 'x = (1,\n  2)' > %t.d.py
# RUN: %parc emit --ast %t.d.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=D %s
# RUN: printf 'x = 1\n    ' > %t.d2.py
# RUN: %parc emit --ast %t.d2.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=D2 %s
# D:Module {{.*}}.d.py
# D-NEXT:  Assign @1:1
# D-NEXT:    target: Name x @1:1
# D-NEXT:    value: Tuple @1:5
# D-NEXT:      IntLit 1 @1:6
# D-NEXT:      IntLit 2 @2:3
# D-EMPTY:
# D2:Module {{.*}}.d2.py
# D2-NEXT:  Assign @1:1
# D2-NEXT:    target: Name x @1:1
# D2-NEXT:    value: IntLit 1 @1:5
# D2-EMPTY:

# An empty file, and a file of blank and comment lines, are empty modules.
# RUN: printf '' > %t.e.py
# RUN: %parc emit --ast %t.e.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=E %s
# RUN: printf '\n  \n# only a comment\n\n' > %t.e2.py
# RUN: %parc emit --ast %t.e2.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=E2 %s
# E:Module {{.*}}.e.py
# E-EMPTY:
# E2:Module {{.*}}.e2.py
# E2-EMPTY:

# CRLF line endings: blocks, a blank line inside a block, implicit line
# joining and backslash continuation; lines and columns as with LF.
# RUN: printf 'def f(x):\r\n    if x:\r\n\r\n        return 1\r\n    return 2\r\ny = f(1,\r\n  2) + \\\r\n  3\r\n' > %t.f.py
# RUN: %parc emit --ast %t.f.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=F %s
# F:Module {{.*}}.f.py
# F-NEXT:  FunctionDef f @1:1
# F-NEXT:    param x @1:7
# F-NEXT:    body:
# F-NEXT:      If @2:5
# F-NEXT:        test: Name x @2:8
# F-NEXT:        body:
# F-NEXT:          Return @4:9
# F-NEXT:            IntLit 1 @4:16
# F-NEXT:      Return @5:5
# F-NEXT:        IntLit 2 @5:12
# F-NEXT:  Assign @6:1
# F-NEXT:    target: Name y @6:1
# F-NEXT:    value: Binary + @6:5
# F-NEXT:      Call @6:5
# F-NEXT:        func: Name f @6:5
# F-NEXT:        arg: IntLit 1 @6:7
# F-NEXT:        arg: IntLit 2 @7:3
# F-NEXT:      IntLit 3 @8:3
# F-EMPTY:

# CRLF with no final line break.
# RUN: printf 'x = 1\r\ny = 2' > %t.g.py
# RUN: %parc emit --ast %t.g.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=G %s
# G:Module {{.*}}.g.py
# G-NEXT:  Assign @1:1
# G-NEXT:    target: Name x @1:1
# G-NEXT:    value: IntLit 1 @1:5
# G-NEXT:  Assign @2:1
# G-NEXT:    target: Name y @2:1
# G-NEXT:    value: IntLit 2 @2:5
# G-EMPTY:

# A UTF-8 byte-order mark is skipped and does not shift columns.
# RUN: printf '\357\273\277x = 1\n' > %t.h.py
# RUN: %parc emit --ast %t.h.py | FileCheck --strict-whitespace --match-full-lines --check-prefix=H %s
# H:Module {{.*}}.h.py
# H-NEXT:  Assign @1:1
# H-NEXT:    target: Name x @1:1
# H-NEXT:    value: IntLit 1 @1:5
# H-EMPTY:
