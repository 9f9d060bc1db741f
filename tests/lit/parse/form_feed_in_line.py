# A form feed inside a line is whitespace, as in CPython: 'x = 1 <FF>+ 2' is
# one statement, x = 1 + 2, not 'x = 1' followed by '+2'.
# RUN: printf 'x = 1 \f+ 2\n' > %t.py
# RUN: %parc emit --ast %t.py | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:Module {{.*}}.py
# CHECK-NEXT:  Assign @1:1
# CHECK-NEXT:    target: Name x @1:1
# CHECK-NEXT:    value: Binary + @1:5
# CHECK-NEXT:      IntLit 1 @1:5
# CHECK-NEXT:      IntLit 2 @1:10
# CHECK-EMPTY:
