# A dict literal.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_dict_literal.py:[[@LINE+3]]:5: error[E0010]: dict literals are not supported
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | x = {1: 2}{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~{{$}}
x = {1: 2}
