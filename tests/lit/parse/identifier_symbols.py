# The multiplication and division signs (U+00D7, U+00F7) lie among the
# Latin-1 letters but are not letters: CPython rejects 'a×b' and 'a÷b' with
# "invalid character". They must not be read as part of a name.
# RUN: printf 'x = a\303\227b\n' > %t.a.py
# RUN: not %parc check %t.a.py 2>&1 | FileCheck --check-prefix=A %s
# A: .a.py:1:6: error[E0006]: invalid character '×' (U+00D7)
# RUN: printf 'y = a\303\267b\n' > %t.b.py
# RUN: not %parc check %t.b.py 2>&1 | FileCheck --check-prefix=B %s
# B: .b.py:1:6: error[E0006]: invalid character '÷' (U+00F7)
