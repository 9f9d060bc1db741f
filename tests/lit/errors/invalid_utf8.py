# A byte that is not UTF-8 is located by line and column (columns count
# characters, so the two-byte 'é' is one column); the snippet shows it as '?'.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'x = 1\ny = \"a\xffb\"\n')" > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --check-prefix=FF --implicit-check-not="error[" %s
# FF: {{.*}}.py:2:7: error[E0007]: invalid UTF-8: byte 0xff does not start a valid character; scripts must be UTF-8 text
# FF-NEXT: {{^}}    2 | y = "a?b"{{$}}
# FF-NEXT: {{^}}      |       ^{{$}}
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'x = 1\ny = \"\xc3\xa9\xff\"\n')" > %t.2.py
# RUN: not %parc check %t.2.py 2>&1 | FileCheck --strict-whitespace --check-prefix=AFTER --implicit-check-not="error[" %s
# AFTER: {{.*}}.2.py:2:7: error[E0007]: invalid UTF-8: byte 0xff does not start a valid character; scripts must be UTF-8 text
# AFTER-NEXT: {{^}}    2 | y = "é?"{{$}}
# AFTER-NEXT: {{^}}      |       ^{{$}}
# A stray continuation byte at the start of a line.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'x = 1\n\x80\n')" > %t.3.py
# RUN: not %parc check %t.3.py 2>&1 | FileCheck --check-prefix=CONT --implicit-check-not="error[" %s
# CONT: {{.*}}.3.py:2:1: error[E0007]: invalid UTF-8: byte 0x80 does not start a valid character; scripts must be UTF-8 text
