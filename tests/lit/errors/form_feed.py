# A form feed is whitespace, not a line break (CPython): at the start of a
# line it resets the indentation; in the middle of a line it separates
# tokens and does not start a new statement.
# RUN: printf 'x = 1\n\fy = $\n' > %t.1.py
# RUN: not %parc check %t.1.py 2>&1 | FileCheck --check-prefix=START --implicit-check-not="error[" %s
# START: {{.*}}.1.py:2:6: error[E0006]: invalid character '$' (U+0024)
# RUN: printf 'x = 1 \f y = 2\n' > %t.2.py
# RUN: not %parc check %t.2.py 2>&1 | FileCheck --check-prefix=MID --implicit-check-not="error[" %s
# MID: {{.*}}.2.py:1:9: error[E0001]:
# RUN: printf 'if 1:\n    x = 1\n\f\n    y = 2\n' > %t.ok.py
# RUN: %parc check %t.ok.py 2>&1 | count 0
