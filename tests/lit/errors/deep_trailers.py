# Chains of subscripts, attributes and calls nest one level per trailer
# ('a[0][0]' is a subscript of a subscript). CPython accepts about 2,990 of
# them; 2,000 are fine here too. 50,000 must be one E0008 error, not a
# crash (parc used to accept them and then overflow the stack printing the
# tree).
# RUN: python3 -c "print('x = a' + '[0]' * 2000)" > %t.sub2k.py
# RUN: %parc emit --ast %t.sub2k.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = a' + '[0]' * 50000)" > %t.sub.py
# RUN: not %parc emit --ast %t.sub.py 2>&1 >/dev/null | FileCheck --check-prefix=SUB --implicit-check-not="error[" %s
# SUB: {{.*}}.sub.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
# RUN: python3 -c "print('x = a' + '.b' * 50000)" > %t.attr.py
# RUN: not %parc emit --ast %t.attr.py 2>&1 >/dev/null | FileCheck --check-prefix=ATTR --implicit-check-not="error[" %s
# ATTR: {{.*}}.attr.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
# RUN: python3 -c "print('x = f' + '(1)' * 50000)" > %t.call.py
# RUN: not %parc emit --ast %t.call.py 2>&1 >/dev/null | FileCheck --check-prefix=CALL --implicit-check-not="error[" %s
# CALL: {{.*}}.call.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested
