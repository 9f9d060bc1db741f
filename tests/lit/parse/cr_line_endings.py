# A lone carriage return ends a line, as in CPython (old Mac OS line
# endings): the statements after it are on the next line, at column 1 of it.
# RUN: printf 'if a:\r    x = 1\ry = 2\r' > %t.py
# RUN: %parc emit --ast %t.py | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:Module {{.*}}.py
# CHECK-NEXT:  If @1:1
# CHECK-NEXT:    test: Name a @1:4
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign @2:5
# CHECK-NEXT:        target: Name x @2:5
# CHECK-NEXT:        value: IntLit 1 @2:9
# CHECK-NEXT:  Assign @3:1
# CHECK-NEXT:    target: Name y @3:1
# CHECK-NEXT:    value: IntLit 2 @3:5
# CHECK-EMPTY:
