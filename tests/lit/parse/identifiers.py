# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Names: ASCII letters, digits and underscores, and letters beyond ASCII
# (a Unicode XID_Start character, then XID_Continue ones). Columns count
# code points, so a name after non-ASCII text is located at its character,
# not its byte.

# CHECK:Module {{.*}}identifiers.py

# ASCII names with underscores and digits, and names that contain keywords
# CHECK-NEXT:  Assign @[[@LINE+7]]:1
# CHECK-NEXT:    target: Name _x @[[@LINE+6]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+5]]:6
# CHECK-NEXT:      Binary + @[[@LINE+4]]:6
# CHECK-NEXT:        Name x_1 @[[@LINE+3]]:6
# CHECK-NEXT:        Name __y__ @[[@LINE+2]]:12
# CHECK-NEXT:      Name X9 @[[@LINE+1]]:20
_x = x_1 + __y__ + X9
# CHECK-NEXT:  Assign @[[@LINE+9]]:1
# CHECK-NEXT:    target: Name ifx @[[@LINE+8]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+7]]:7
# CHECK-NEXT:      Binary + @[[@LINE+6]]:7
# CHECK-NEXT:        Binary + @[[@LINE+5]]:7
# CHECK-NEXT:          Name notable @[[@LINE+4]]:7
# CHECK-NEXT:          Name iffy @[[@LINE+3]]:17
# CHECK-NEXT:        Name orange @[[@LINE+2]]:24
# CHECK-NEXT:      Name island @[[@LINE+1]]:33
ifx = notable + iffy + orange + island

# Latin letters with diacritics
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name café @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:8
# CHECK-NEXT:      Name naïve @[[@LINE+2]]:8
# CHECK-NEXT:      Name Ærø @[[@LINE+1]]:16
café = naïve + Ærø

# Greek, Cyrillic and CJK letters
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name π @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary * @[[@LINE+3]]:5
# CHECK-NEXT:      Name α @[[@LINE+2]]:5
# CHECK-NEXT:      Name β @[[@LINE+1]]:9
π = α * β
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name скорость @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary / @[[@LINE+3]]:12
# CHECK-NEXT:      Name путь @[[@LINE+2]]:12
# CHECK-NEXT:      Name время @[[@LINE+1]]:19
скорость = путь / время
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name 变量 @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name 值 @[[@LINE+1]]:6
变量 = 值

# Hebrew, Arabic and Devanagari letters, with combining marks continuing a name
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name שלום @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:8
# CHECK-NEXT:      Name مرحبا @[[@LINE+2]]:8
# CHECK-NEXT:      Name नमस्ते @[[@LINE+1]]:16
שלום = مرحبا + नमस्ते

# columns after non-ASCII names count characters
# CHECK-NEXT:  Assign @[[@LINE+8]]:1
# CHECK-NEXT:    target: Name é @[[@LINE+7]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+6]]:5
# CHECK-NEXT:  Assign @[[@LINE+5]]:8
# CHECK-NEXT:    target: Name ü @[[@LINE+4]]:8
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:12
# CHECK-NEXT:      Name é @[[@LINE+2]]:12
# CHECK-NEXT:      IntLit 1 @[[@LINE+1]]:16
é = 1; ü = é + 1

# Nothing follows the last statement.
# CHECK-EMPTY:
