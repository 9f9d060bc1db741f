# Many operators that do not nest are not "too deeply nested" (CPython
# accepts all of these): a table of 1,500 negative numbers, a sum of 1,500
# negated terms, 1,500 'not' operands of 'or', a list of 1,200 squares, a
# sum of 1,200 conditional expressions, and a polynomial of 1,200 '**' terms
# over many lines. Each is one or two levels deep.
# RUN: python3 -c "print('x = [' + ', '.join('-%%d' %% i for i in range(1500)) + ']')" > %t.list.py
# RUN: %parc emit --ast %t.list.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = 0' + ' + -1' * 1500)" > %t.sum.py
# RUN: %parc emit --ast %t.sum.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = a' + ' or not a' * 1500)" > %t.or.py
# RUN: %parc emit --ast %t.or.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = [' + ', '.join(['a**2'] * 1200) + ']')" > %t.squares.py
# RUN: %parc emit --ast %t.squares.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = 0' + ' + (a if b else c)' * 1200)" > %t.ifexp.py
# RUN: %parc emit --ast %t.ifexp.py 2>&1 >/dev/null | count 0
# RUN: python3 -c "print('x = (a**2' + ' +\n     a**2' * 1200 + ')')" > %t.poly.py
# RUN: %parc emit --ast %t.poly.py 2>&1 >/dev/null | count 0
