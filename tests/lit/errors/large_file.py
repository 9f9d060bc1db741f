# A 100,000-line valid script is accepted: exit 0, no output.
# RUN: python3 -c "print(''.join('x%%d = %%d + 1\n' %% (i, i) for i in range(100000)), end='')" > %t.py
# RUN: %parc check %t.py 2>&1 | count 0
# An error on the last line of a 20,000-line file is found and located.
# RUN: python3 -c "print(''.join('x%%d = %%d + 1\n' %% (i, i) for i in range(19999)) + 'y = $', end='')" > %t.err.py
# RUN: not %parc check %t.err.py 2>&1 | FileCheck --implicit-check-not="error[" %s
# CHECK: {{.*}}.err.py:20000:5: error[E0006]: invalid character '$' (U+0024)
