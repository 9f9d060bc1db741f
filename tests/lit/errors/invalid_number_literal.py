# Digits run into letters, a digit outside its base, a trailing '_': each
# is one malformed number.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}invalid_number_literal.py:[[@LINE+12]]:5: error[E0009]: invalid number literal '1abc'
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | x = 1abc{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~{{$}}
# CHECK-NEXT: {{.*}}invalid_number_literal.py:[[@LINE+10]]:5: error[E0009]: invalid number literal '0b2'
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | y = 0b2{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
# CHECK-NEXT: {{.*}}invalid_number_literal.py:[[@LINE+8]]:5: error[E0009]: invalid number literal '1_'
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | z = 1_{{$}}
# CHECK-NEXT: {{^ +}}|     ^~{{$}}
# CHECK-NEXT: {{.*}}invalid_number_literal.py:[[@LINE+6]]:5: error[E0009]: invalid number literal '0x'
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | w = 0x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~{{$}}
x = 1abc
y = 0b2
z = 1_
w = 0x
