# An f-string.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_fstring.py:[[@LINE+3]]:5: error[E0010]: f-strings are not supported; pass the values to print() separately
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = f"a{b}"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~{{$}}
x = f"a{b}"
