# An empty file is a valid script: exit 0 and no output at all.
# RUN: printf '' > %t.py
# RUN: %parc check %t.py 2>&1 | count 0
# A file of a single newline, and one of only spaces without a newline.
# RUN: printf '\n' > %t.nl.py
# RUN: %parc check %t.nl.py 2>&1 | count 0
# RUN: printf '    ' > %t.sp.py
# RUN: %parc check %t.sp.py 2>&1 | count 0
