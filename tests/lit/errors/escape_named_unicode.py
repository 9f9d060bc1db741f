# A named Unicode escape: not supported by parc.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}escape_named_unicode.py:[[@LINE+3]]:5: error[E0009]: named Unicode escapes (\N{...}) are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = "\N{EM DASH}"{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~{{$}}
x = "\N{EM DASH}"
