# A UTF-8 byte-order mark is skipped: the file parses, and columns do not
# count it.
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'\xef\xbb\xbfx = 1\nif x:\n    y = 2\n')" > %t.ok.py
# RUN: %parc emit --ast %t.ok.py | FileCheck --check-prefix=AST %s
# AST: Module {{.*}}.ok.py
# AST-NEXT: Assign @1:1
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'\xef\xbb\xbfx = $\n')" > %t.err.py
# RUN: not %parc check %t.err.py 2>&1 | FileCheck --strict-whitespace --check-prefix=ERR --implicit-check-not="error[" %s
# ERR: {{.*}}.err.py:1:5: error[E0006]: invalid character '$' (U+0024)
# ERR-NEXT: {{^}}    1 | x = ${{$}}
# ERR-NEXT: {{^}}      |     ^{{$}}
# RUN: python3 -c "import sys; sys.stdout.buffer.write(b'\xef\xbb\xbf  x = 1\n')" > %t.indent.py
# RUN: not %parc check %t.indent.py 2>&1 | FileCheck --check-prefix=INDENT --implicit-check-not="error[" %s
# INDENT: {{.*}}.indent.py:1:3: error[E0002]: unexpected indent
