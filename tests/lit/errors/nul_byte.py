# A NUL byte anywhere is an E0007 error at its place.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'x = 1\ny = 2\x00\n')" > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}.py:2:6: error[E0007]: source code cannot contain null bytes
# CHECK-NEXT: {{^}}    2 | y = 2 {{$}}
# CHECK-NEXT: {{^}}      |      ^{{$}}
