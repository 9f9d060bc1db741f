# Tabs and spaces are compared as CPython does (a tab moves to the next
# multiple of 8, and counting each tab as one column must give the same
# ordering): where the two disagree it is a TabError (E0003). The caret line
# keeps the tabs of the source line so that it lines up.
# A tab-indented line, then 8 spaces: same column by tab stops, different
# when tabs count 1.
# RUN: printf 'if 1:\n\tx = 1\n        y = 2\n' > %t.1.py
# RUN: not %parc check %t.1.py 2>&1 | FileCheck --strict-whitespace --check-prefix=TAB1 --implicit-check-not="error[" %s
# TAB1: {{.*}}.1.py:3:9: error[E0003]: inconsistent use of tabs and spaces in indentation
# TAB1-NEXT: {{^}}    3 |         y = 2{{$}}
# TAB1-NEXT: {{^}}      |         ^{{$}}
# 8 spaces, then a tab.
# RUN: printf 'if 1:\n        x = 1\n\ty = 2\n' > %t.2.py
# RUN: not %parc check %t.2.py 2>&1 | FileCheck --strict-whitespace --check-prefix=TAB2 --implicit-check-not="error[" %s
# TAB2: {{.*}}.2.py:3:2: error[E0003]: inconsistent use of tabs and spaces in indentation
# TAB2-NEXT: {{^}}    3 | 	y = 2{{$}}
# TAB2-NEXT: {{^}}      | 	^{{$}}
# Two spaces then a tab deeper than the block's one tab.
# RUN: printf 'if 1:\n\tx = 1\n  \ty = 2\n' > %t.3.py
# RUN: not %parc check %t.3.py 2>&1 | FileCheck --strict-whitespace --check-prefix=TAB3 --implicit-check-not="error[" %s
# TAB3: {{.*}}.3.py:3:4: error[E0003]: inconsistent use of tabs and spaces in indentation
# TAB3-NEXT: {{^}}    3 |   	y = 2{{$}}
# TAB3-NEXT: {{^}}      |   	^{{$}}
# An inner block indented by two spaces, then a tab-indented line.
# RUN: printf 'if 1:\n  x = 1\n\ty = 2\n' > %t.4.py
# RUN: not %parc check %t.4.py 2>&1 | FileCheck --check-prefix=TAB4 --implicit-check-not="error[" %s
# TAB4: {{.*}}.4.py:3:2: error[E0003]: inconsistent use of tabs and spaces in indentation
# Consistent tabs (and tabs followed by spaces) are fine.
# RUN: printf 'if 1:\n\tif 1:\n\t    x = 1\n\t    y = 2\n\tz = 3\nw = 4\n' > %t.ok.py
# RUN: %parc check %t.ok.py 2>&1 | count 0
