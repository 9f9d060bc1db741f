# Indentation is limited to 100 levels, as in CPython: 99 nested blocks are
# fine; a 100th (and a 101st) is one E0008 error at the first line too deep.
# RUN: python3 -c "print(''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'pass')" > %t.99.py
# RUN: %parc emit --ast %t.99.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print(''.join(' ' * i + 'if x:\n' for i in range(100)) + ' ' * 100 + 'pass')" > %t.100.py
# RUN: not %parc check %t.100.py 2>&1 | FileCheck --check-prefix=L100 --implicit-check-not="error[" %s
# L100: {{.*}}.100.py:101:101: error[E0008]: too many levels of indentation: at most 99 nested blocks
# RUN: python3 -c "print(''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass')" > %t.101.py
# RUN: not %parc check %t.101.py 2>&1 | FileCheck --check-prefix=L101 --implicit-check-not="error[" %s
# L101: {{.*}}.101.py:101:101: error[E0008]: too many levels of indentation: at most 99 nested blocks
