# Bracket nesting is limited to 200, as in CPython: 200 levels are fine,
# 201 and 10,000 are one located E0008 error (no crash, no other error).
# RUN: python3 -c "print('x = ' + '(' * 199 + '1' + ')' * 199)" > %t.199.py
# RUN: %parc check %t.199.py 2>&1 | count 0
# RUN: python3 -c "print('x = ' + '(' * 200 + '1' + ')' * 200)" > %t.200.py
# RUN: %parc check %t.200.py 2>&1 | count 0
# RUN: python3 -c "print('x = ' + '(' * 201 + '1' + ')' * 201)" > %t.201.py
# RUN: not %parc check %t.201.py 2>&1 | FileCheck --check-prefix=P201 --implicit-check-not="error[" %s
# P201: {{.*}}.201.py:1:205: error[E0008]: too deeply nested: more than 200 nested brackets
# RUN: python3 -c "print('x = ' + '(' * 10000 + '1' + ')' * 10000)" > %t.10k.py
# RUN: not %parc check %t.10k.py 2>&1 | FileCheck --check-prefix=P10K --implicit-check-not="error[" %s
# P10K: {{.*}}.10k.py:1:205: error[E0008]: too deeply nested: more than 200 nested brackets
# Unclosed: 10,000 '[' and nothing else; still the nesting error only.
# RUN: python3 -c "print('x = ' + '[' * 10000)" > %t.open.py
# RUN: not %parc check %t.open.py 2>&1 | FileCheck --check-prefix=OPEN --implicit-check-not="error[" %s
# OPEN: {{.*}}.open.py:1:205: error[E0008]: too deeply nested: more than 200 nested brackets
