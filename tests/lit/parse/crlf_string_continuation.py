# In a file with CRLF line endings, a backslash at the end of a line inside
# a short string continues the string, as it does before LF: 'a\<CRLF>b' is
# "ab", and in a raw string the backslash stays and the break reads as '\n'.
# RUN: printf "s = 'a\\\\\r\nb'\r\nr = r'a\\\\\r\nb'\r\n" > %t.py
# RUN: %parc emit --ast %t.py | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:Module {{.*}}.py
# CHECK-NEXT:  Assign @1:1
# CHECK-NEXT:    target: Name s @1:1
# CHECK-NEXT:    value: StrLit "ab" @1:5
# CHECK-NEXT:  Assign @3:1
# CHECK-NEXT:    target: Name r @3:1
# CHECK-NEXT:    value: StrLit "a\\\nb" @3:5
# CHECK-EMPTY:
