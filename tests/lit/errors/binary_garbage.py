# Binary input is rejected with a located E0007 error, exit 1, and no crash.
# All 256 byte values: the NUL byte at offset 0 is found first.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(bytes(range(256)) * 16)" > %t.bin
# RUN: not %parc check %t.bin 2>&1 | FileCheck --check-prefix=NUL --implicit-check-not="error[" %s
# NUL: {{.*}}.bin:1:1: error[E0007]: source code cannot contain null bytes
# Bytes 1..255: lines are broken at 0x0a and at the lone 0x0d; byte 0x80 is
# the 115th character of line 3.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(bytes(range(1, 256)) * 16)" > %t.nonul
# RUN: not %parc check %t.nonul 2>&1 | FileCheck --check-prefix=UTF8 --implicit-check-not="error[" %s
# UTF8: {{.*}}.nonul:3:115: error[E0007]: invalid UTF-8: byte 0x80 does not start a valid character; scripts must be UTF-8 text
