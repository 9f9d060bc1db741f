# A line indented for no reason; the lines indented with it are not
# reported again, and an independent error later in the file still is.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unexpected_indent.py:[[@LINE+7]]:5: error[E0002]: unexpected indent
# CHECK-NEXT: {{^ +}}[[@LINE+6]] |     y = 2{{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
# CHECK-NEXT: {{.*}}unexpected_indent.py:[[@LINE+6]]:5: error[E0006]: invalid character '$' (U+0024)
# CHECK-NEXT: {{^ +}}[[@LINE+5]] | w = ${{$}}
# CHECK-NEXT: {{^ +}}|     ^{{$}}
x = 1
    y = 2
    z = 3
w = $
