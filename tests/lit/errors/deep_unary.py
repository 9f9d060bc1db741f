# Prefix operators nest the expression after them. CPython accepts about
# 2,990 in a row; so does parc (2,000 here). 5,000 are one E0008 error at
# the first operator beyond the limit, with no crash.
# RUN: python3 -c "print('x = ' + '-' * 2000 + '1')" > %t.2000.py
# RUN: %parc emit --ast %t.2000.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = ' + '-' * 5000 + '1')" > %t.5000.py
# RUN: not %parc check %t.5000.py 2>&1 | FileCheck --implicit-check-not="error[" %s
# CHECK: {{.*}}.5000.py:1:4004: error[E0008]: expression too deeply nested: more than 4000 levels
# 'not', '**' and conditional expressions nest too.
# RUN: python3 -c "print('x = ' + 'not ' * 5000 + '1')" > %t.not.py
# RUN: not %parc check %t.not.py 2>&1 | FileCheck --check-prefix=NOT --implicit-check-not="error[" %s
# NOT: {{.*}}.not.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
# RUN: python3 -c "print('x = ' + '2**' * 5000 + '1')" > %t.pow.py
# RUN: not %parc check %t.pow.py 2>&1 | FileCheck --check-prefix=POW --implicit-check-not="error[" %s
# POW: {{.*}}.pow.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
# RUN: python3 -c "print('x = ' + '1 if 1 else ' * 5000 + '1')" > %t.ifexp.py
# RUN: not %parc check %t.ifexp.py 2>&1 | FileCheck --check-prefix=IFEXP --implicit-check-not="error[" %s
# IFEXP: {{.*}}.ifexp.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
