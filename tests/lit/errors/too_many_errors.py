# After 20 syntax errors parc stops with a last one saying so, at the 21st
# error's place; the lines after it are not reported.
# RUN: python3 -c "print(''.join('x%%d = $\n' %% i for i in range(30)), end='')" > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --implicit-check-not="error[" %s
# CHECK-COUNT-20: {{.*}}.py:{{[0-9]+}}:{{[0-9]+}}: error[E0006]: invalid character '$' (U+0024)
# CHECK: {{.*}}.py:21:7: error[E0001]: too many syntax errors; stopping here
# Exactly 20 errors: no "too many" line.
# RUN: python3 -c "print(''.join('x%%d = $\n' %% i for i in range(20)), end='')" > %t.20.py
# RUN: not %parc check %t.20.py 2>&1 | FileCheck --check-prefix=TWENTY --implicit-check-not="error[" %s
# TWENTY-COUNT-20: {{.*}}.py:{{[0-9]+}}:{{[0-9]+}}: error[E0006]: invalid character '$' (U+0024)
# The cap also applies to parser errors.
# RUN: python3 -c "print(''.join('if x%%d\n    pass\n' %% i for i in range(25)), end='')" > %t.colon.py
# RUN: not %parc check %t.colon.py 2>&1 | FileCheck --check-prefix=COLON --implicit-check-not="error[" %s
# COLON-COUNT-20: {{.*}}.py:{{[0-9]+}}:{{[0-9]+}}: error[E0001]: expected ':' after 'if' condition
# COLON: {{.*}}.py:41:7: error[E0001]: too many syntax errors; stopping here
