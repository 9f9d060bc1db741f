# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Number and keyword literals: integers in every base, with underscores, up
# to 2**64-1; floats in every spelling, printed as Python's repr prints
# them, overflowing to inf and underflowing to 0.0 as in Python; True,
# False, None.

# CHECK:Module {{.*}}literals.py

# decimal integers, zero and leading-zero zero
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 0 @[[@LINE+1]]:5
x = 0
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 7 @[[@LINE+1]]:5
x = 7
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 0 @[[@LINE+1]]:5
x = 00
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1234567890 @[[@LINE+1]]:5
x = 1234567890

# hexadecimal, octal and binary integers, either prefix case
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 255 @[[@LINE+1]]:5
x = 0xFF
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 255 @[[@LINE+1]]:5
x = 0Xff
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 15 @[[@LINE+1]]:5
x = 0o17
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 15 @[[@LINE+1]]:5
x = 0O17
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 5 @[[@LINE+1]]:5
x = 0b101
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 5 @[[@LINE+1]]:5
x = 0B101

# underscores between digits, in every base
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 1000000 @[[@LINE+1]]:5
x = 1_000_000
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 3735928559 @[[@LINE+1]]:5
x = 0x_dead_BEEF
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 63 @[[@LINE+1]]:5
x = 0o_7_7
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 2 @[[@LINE+1]]:5
x = 0b_1_0

# the largest int64 and the largest 64-bit value (2**64-1)
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 9223372036854775807 @[[@LINE+1]]:5
x = 9223372036854775807
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 9223372036854775808 @[[@LINE+1]]:5
x = 9223372036854775808
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 18446744073709551615 @[[@LINE+1]]:5
x = 18446744073709551615
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: IntLit 18446744073709551615 @[[@LINE+1]]:5
x = 0xFFFF_FFFF_FFFF_FFFF

# floats with a point
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 1.5 @[[@LINE+1]]:5
x = 1.5
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.5 @[[@LINE+1]]:5
x = .5
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 5.0 @[[@LINE+1]]:5
x = 5.
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 0.0
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.25 @[[@LINE+1]]:5
x = 00.25

# floats with an exponent
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 1e-05 @[[@LINE+1]]:5
x = 1e-5
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 1e+16 @[[@LINE+1]]:5
x = 1E+16
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 2500.0 @[[@LINE+1]]:5
x = 2.5e3
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 1.0 @[[@LINE+1]]:5
x = 1e0
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.5 @[[@LINE+1]]:5
x = 5.e-1
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 5.0 @[[@LINE+1]]:5
x = .5E1

# underscores in a float: 10.5e10
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 105000000000.0 @[[@LINE+1]]:5
x = 1_0.5e1_0

# a float that overflows is inf; one that underflows is 0
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit inf @[[@LINE+1]]:5
x = 1e999
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.0 @[[@LINE+1]]:5
x = 1e-999

# the smallest denormal, one that rounds up to it, and the largest double
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 5e-324 @[[@LINE+1]]:5
x = 5e-324
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 5e-324 @[[@LINE+1]]:5
x = 3e-324
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 1.7976931348623157e+308 @[[@LINE+1]]:5
x = 1.7976931348623157e308

# floats that need all 17 digits
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.1 @[[@LINE+1]]:5
x = 0.1
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 0.30000000000000004 @[[@LINE+1]]:5
x = 0.30000000000000004
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 2.2250738585072014e-308 @[[@LINE+1]]:5
x = 2.2250738585072014e-308

# a literal with many digits
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: FloatLit 3.141592653589793 @[[@LINE+1]]:5
x = 3.14159265358979323846264338327950288

# True, False, None
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: BoolLit True @[[@LINE+1]]:5
x = True
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: BoolLit False @[[@LINE+1]]:5
x = False
# CHECK-NEXT:  Assign @[[@LINE+3]]:1
# CHECK-NEXT:    target: Name x @[[@LINE+2]]:1
# CHECK-NEXT:    value: NoneLit @[[@LINE+1]]:5
x = None

# literals as operands and arguments
# CHECK-NEXT:  ExprStmt @[[@LINE+7]]:1
# CHECK-NEXT:    Call @[[@LINE+6]]:1
# CHECK-NEXT:      func: Name f @[[@LINE+5]]:1
# CHECK-NEXT:      arg: IntLit 16 @[[@LINE+4]]:3
# CHECK-NEXT:      arg: FloatLit 1000.0 @[[@LINE+3]]:9
# CHECK-NEXT:      arg: BoolLit True @[[@LINE+2]]:14
# CHECK-NEXT:      arg: NoneLit @[[@LINE+1]]:20
f(0x10, 1e3, True, None)

# Nothing follows the last statement.
# CHECK-EMPTY:
