# In a file with CRLF line endings, a line break inside a triple-quoted
# string is read as '\n': CPython translates every line ending to '\n'
# before tokenizing, so the string holds "a\nb", not "a\r\nb".
# RUN: printf 's = """a\r\nb"""\r\nt = 1\r\n' > %t.py
# RUN: %parc emit --ast %t.py | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:Module {{.*}}.py
# CHECK-NEXT:  Assign @1:1
# CHECK-NEXT:    target: Name s @1:1
# CHECK-NEXT:    value: StrLit "a\nb" @1:5
# CHECK-NEXT:  Assign @3:1
# CHECK-NEXT:    target: Name t @3:1
# CHECK-NEXT:    value: IntLit 1 @3:5
# CHECK-EMPTY:
