# An assignment expression.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_walrus.py:[[@LINE+3]]:5: error[E0010]: assignment expressions (':=') are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | if (n := 10) > 5:{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~{{$}}
if (n := 10) > 5:
    pass
