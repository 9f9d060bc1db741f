# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# String literals: quotes of every kind, escapes decoded to their UTF-8
# bytes, raw strings, adjacent literals concatenated into one StrLit (located
# at the first), non-ASCII text (columns count code points, not bytes).

# CHECK:Module {{.*}}strings.py

# single and double quotes, and the other quote inside
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "single" @[[@LINE+1]]:5
s = 'single'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "double" @[[@LINE+1]]:5
s = "double"
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "it's" @[[@LINE+1]]:5
s = "it's"
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "say \"hi\"" @[[@LINE+1]]:5
s = 'say "hi"'

# empty strings of every kind
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "" @[[@LINE+1]]:5
s = ''
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "" @[[@LINE+1]]:5
s = ""
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "" @[[@LINE+1]]:5
s = ''''''
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "" @[[@LINE+1]]:5
s = """"""

# triple-quoted strings keep their newlines and lone quotes
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "one\ntwo 'x' ''y'' " @[[@LINE+1]]:5
s = '''one
two 'x' ''y'' '''
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "a \"b\" \"\"c\"\" d" @[[@LINE+1]]:5
s = """a "b" ""c"" d"""

# simple escapes
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\n\t\\'\"" @[[@LINE+1]]:5
s = '\n\t\\\'\"'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\x07\x08\x0c\x0b\r" @[[@LINE+1]]:5
s = "\a\b\f\v\r"

# hexadecimal and Unicode escapes: \x41 is A, \u00e9 is e-acute
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "Azz" @[[@LINE+1]]:5
s = '\x41\x7a\x7A'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "é世" @[[@LINE+1]]:5
s = '\u00e9\u4e16'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "😀" @[[@LINE+1]]:5
s = '\U0001F600'

# octal escapes: one to three digits, \0 is NUL, \777 is U+01FF
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "A0\x00" @[[@LINE+1]]:5
s = '\101\60\0'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "A2" @[[@LINE+1]]:5
s = '\1012'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "ǿ" @[[@LINE+1]]:5
s = '\777'

# an unknown escape keeps its backslash
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\\d\\w\\%" @[[@LINE+1]]:5
s = '\d\w\%'

# a backslash at the end of a line continues the string
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "abcd" @[[@LINE+1]]:5
s = 'ab\
cd'

# raw strings keep backslashes, in either prefix case
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\\n" @[[@LINE+1]]:5
s = r'\n'
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\\t\\x41" @[[@LINE+1]]:5
s = R"\t\x41"
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "\\'" @[[@LINE+1]]:5
s = r'\''
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "a\\\nb" @[[@LINE+1]]:5
s = r"a\
b"

# a u prefix changes nothing
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "é" @[[@LINE+1]]:5
s = u'\u00e9'

# adjacent literals are concatenated, escapes decoded per literal
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "abcd" @[[@LINE+1]]:5
s = 'ab' "cd"
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "a\n\\nxA" @[[@LINE+1]]:5
s = 'a\n' r'\n' """x""" '\x41'

# adjacent literals across lines inside parentheses
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+2]]:1
# CHECK-NEXT:    value: StrLit "first second third" @[[@LINE+1]]:6
s = ('first '
     "second "
     '''third''')

# non-ASCII text and columns after it count code points
# CHECK-NEXT:  Assign @[[@LINE+6]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+5]]:1
# CHECK-NEXT:    value: StrLit "héllo 世界" @[[@LINE+4]]:5
# CHECK-NEXT:  Assign @[[@LINE+3]]:17
# CHECK-NEXT:    target: Name t @[[@LINE+2]]:17
# CHECK-NEXT:    value: StrLit "z" @[[@LINE+1]]:21
s = "héllo 世界"; t = 'z'
# CHECK-NEXT:  Assign @[[@LINE+5]]:1
# CHECK-NEXT:    target: Name s @[[@LINE+4]]:1
# CHECK-NEXT:    value: Binary + @[[@LINE+3]]:5
# CHECK-NEXT:      StrLit "ü" @[[@LINE+2]]:5
# CHECK-NEXT:      StrLit "ö" @[[@LINE+1]]:11
s = 'ü' + 'ö'

# strings as arguments and in an assert message
# CHECK-NEXT:  ExprStmt @[[@LINE+6]]:1
# CHECK-NEXT:    Call @[[@LINE+5]]:1
# CHECK-NEXT:      func: Name print @[[@LINE+4]]:1
# CHECK-NEXT:      arg: StrLit "x =" @[[@LINE+3]]:7
# CHECK-NEXT:      arg: Name x @[[@LINE+2]]:14
# CHECK-NEXT:      keyword sep: StrLit "" @[[@LINE+1]]:21
print('x =', x, sep='')
# CHECK-NEXT:  Assert @[[@LINE+3]]:1
# CHECK-NEXT:    test: Name x @[[@LINE+2]]:8
# CHECK-NEXT:    msg: StrLit "x must be set" @[[@LINE+1]]:11
assert x, "x must be set"

# a docstring-like string statement in a function
# CHECK-NEXT:  FunctionDef f @[[@LINE+1]]:1
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      ExprStmt @[[@LINE+2]]:5
# CHECK-NEXT:        StrLit "Docstring." @[[@LINE+1]]:5
    """Docstring."""
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        IntLit 1 @[[@LINE+1]]:12
    return 1

# Nothing follows the last statement.
# CHECK-EMPTY:
