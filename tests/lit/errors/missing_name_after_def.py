# 'def' without a function name.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}missing_name_after_def.py:[[@LINE+3]]:5: error[E0001]: expected a name, found '('
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | def (x):{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
def (x):
    pass
