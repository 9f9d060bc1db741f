# The very first line of a file is indented.
# RUN: printf '  x = 1\n' > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}.py:1:3: error[E0002]: unexpected indent
# CHECK-NEXT: {{^}}    1 |   x = 1{{$}}
# CHECK-NEXT: {{^}}      |   ^{{$}}
# After leading blank lines.
# RUN: printf '\n\n    x = 1\n' > %t.2.py
# RUN: not %parc check %t.2.py 2>&1 | FileCheck --check-prefix=BLANK --implicit-check-not="error[" %s
# BLANK: {{.*}}.2.py:3:5: error[E0002]: unexpected indent
