# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# CPython reads identifiers in NFKC normal form (PEP 3131), so the micro sign
# U+00B5 and the Greek mu U+03BC are one name, and the ligature U+FB01
# spells "fi": 'µ = 1; print(μ)' runs under CPython. Names must be
# normalized the same way here.

# CHECK:Module {{.*}}identifiers_nfkc.py

# the micro sign is the Greek letter mu
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name μ @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1 @[[@LINE+1]]:5
µ = 1
# CHECK-NEXT:  ExprStmt @[[@LINE+4]]:1
# CHECK-NEXT:    Call @[[@LINE+3]]:1
# CHECK-NEXT:      func: Name print @[[@LINE+2]]:1
# CHECK-NEXT:      arg: Name μ @[[@LINE+1]]:7
print(μ)

# a ligature is its letters; a fullwidth letter is its ASCII letter
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name file @[[@LINE+2]]:1
# CHECK-NEXT:    value: Name x @[[@LINE+1]]:7
ﬁle = ｘ

# Nothing follows the last statement.
# CHECK-EMPTY:
