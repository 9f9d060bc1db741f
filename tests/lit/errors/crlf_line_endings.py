# Windows line ends: locations and snippets are the same as with '\n'
# (no '\r' in the output).
# RUN: printf 'x = 1\r\ny = 2\r\nif y\r\n    pass\r\n' > %t.1.py
# RUN: not %parc check %t.1.py 2>&1 | FileCheck --strict-whitespace --check-prefix=COLON --implicit-check-not="error[" %s
# COLON: {{.*}}.1.py:3:5: error[E0001]: expected ':' after 'if' condition
# COLON-NEXT: {{^}}    3 | if y{{$}}
# COLON-NEXT: {{^}}      |     ^{{$}}
# RUN: printf 'def f():\r\n    return (1 +\r\n        2]\r\n' > %t.2.py
# RUN: not %parc check %t.2.py 2>&1 | FileCheck --strict-whitespace --check-prefix=BRACKET --implicit-check-not="error[" %s
# BRACKET: {{.*}}.2.py:3:10: error[E0005]: closing bracket ']' does not match opening parenthesis '('
# BRACKET-NEXT: {{^}}    3 |         2]{{$}}
# BRACKET-NEXT: {{^}}      |          ^{{$}}
# BRACKET-NEXT: {{.*}}.2.py:2:12: note: opened here
# BRACKET-NEXT: {{^}}    2 |     return (1 +{{$}}
# BRACKET-NEXT: {{^}}      |            ^{{$}}
# A valid CRLF script with blocks and a line continuation.
# RUN: printf 'def f(x):\r\n    if x:\r\n        return 1 + \\\r\n            2\r\n    return 0\r\n' > %t.ok.py
# RUN: %parc check %t.ok.py 2>&1 | count 0
