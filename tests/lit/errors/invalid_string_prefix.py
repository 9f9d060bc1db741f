# String prefixes are r, u, b, f and the pairs rb/br/fr/rf in any case.
# 'rr', 'ff', 'bb', 'fb' and 'ur' are not prefixes (CPython: invalid syntax
# at the string): a name followed by a string is a syntax error there.
# RUN: printf 'x = rr"a"\n' > %t.rr.py
# RUN: not %parc check %t.rr.py 2>&1 | FileCheck --check-prefix=RR --implicit-check-not="error[" %s
# RR: {{.*}}.rr.py:1:7: error[E0001]:
# RUN: printf 'x = ff"a"\n' > %t.ff.py
# RUN: not %parc check %t.ff.py 2>&1 | FileCheck --check-prefix=FF --implicit-check-not="error[" %s
# FF: {{.*}}.ff.py:1:7: error[E0001]:
# RUN: printf 'x = bb"a"\n' > %t.bb.py
# RUN: not %parc check %t.bb.py 2>&1 | FileCheck --check-prefix=BB --implicit-check-not="error[" %s
# BB: {{.*}}.bb.py:1:7: error[E0001]:
# RUN: printf 'x = fb"a"\n' > %t.fb.py
# RUN: not %parc check %t.fb.py 2>&1 | FileCheck --check-prefix=FB --implicit-check-not="error[" %s
# FB: {{.*}}.fb.py:1:7: error[E0001]:
# RUN: printf 'x = ur"a"\n' > %t.ur.py
# RUN: not %parc check %t.ur.py 2>&1 | FileCheck --check-prefix=UR --implicit-check-not="error[" %s
# UR: {{.*}}.ur.py:1:7: error[E0001]:
# The real prefixes are fine.
# RUN: printf 'a = r"a"\nb = R"a"\nc = u"a"\nd = U"a"\n' > %t.ok.py
# RUN: %parc emit --ast %t.ok.py 2>&1 >/dev/null | count 0
