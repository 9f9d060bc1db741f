# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# '0e0' is a float, like every literal with an exponent: CPython reads
# '0e5' as 0.0. (The digit after the leading 0 is 'e', which must not be
# taken for a base prefix such as 0x.)

# CHECK:Module {{.*}}float_zero_exponent.py

# zero with an exponent is a float
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0e0
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0E5
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0_0e-3

# ... and so is zero with a point and an exponent
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0.e1
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0.0e0

# Nothing follows the last statement.
# CHECK-EMPTY:
