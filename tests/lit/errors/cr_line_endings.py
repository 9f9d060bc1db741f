# Old Mac line ends (a lone '\r'), as CPython reads them: still three lines.
# RUN: printf 'x = 1\ry = 2\rz = $\r' > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}.py:3:5: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^}}    3 | z = ${{$}}
# CHECK-NEXT: {{^}}      |     ^{{$}}
