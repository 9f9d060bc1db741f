# Long but shallow expressions parse without limit or crash: 'and', 'or',
# comparison chains, tuples and adjacent strings stay flat. (Checked up to the
# AST: the point is the frontend, not the types.)
# RUN: python3 -c "print('x = a' + ' and a' * 20000)" > %t.and.py
# RUN: %parc emit --ast %t.and.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = a' + ' or a' * 20000)" > %t.or.py
# RUN: %parc emit --ast %t.or.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = a' + ' < a' * 20000)" > %t.cmp.py
# RUN: %parc emit --ast %t.cmp.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = ' + ', '.join(['1'] * 20000))" > %t.tuple.py
# RUN: %parc emit --ast %t.tuple.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = \"a\"' + ' \"b\"' * 20000)" > %t.strings.py
# RUN: %parc emit --ast %t.strings.py 2>&1 >/dev/null | count 0
# A left-associative sum nests one level per '+': 2,000 terms are fine (as
# in CPython, which stops near 3,000), 10,000 are one E0008 error.
# RUN: python3 -c "print('x = 1' + ' + 1' * 2000)" > %t.plus.py
# RUN: %parc check %t.plus.py 2>&1 | count 0
# RUN: python3 -c "print('x = 1' + ' + 1' * 10000)" > %t.plus10k.py
# RUN: not %parc check %t.plus10k.py 2>&1 | FileCheck --implicit-check-not="error[" %s
# CHECK: {{.*}}.plus10k.py:1:{{[0-9]+}}: error[E0008]: expression too deeply nested: more than 4000 levels
