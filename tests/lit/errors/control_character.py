# A control character in code is named by its code point, not printed.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'x = 1\x01\n')" > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}.py:1:6: error[E0006]: invalid non-printable character U+0001
# CHECK-NEXT: {{^}}    1 | x = 1 {{$}}
# CHECK-NEXT: {{^}}      |      ^{{$}}
