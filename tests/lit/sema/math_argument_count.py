# math functions called with the wrong number of arguments. The message
# names the function as written (math.atan2) like the other math messages do
# ('math.sqrt() takes no keyword arguments'), and says '1 was given'.
# np.sqrt(1.0, 2.0) is one error, not also "'numpy.sqrt' is not supported".
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}math_argument_count.py:[[@LINE+12]]:5: error[E0101]: math.atan2() takes 2 arguments but 1 was given
# CHECK-NEXT: {{^ +}}[[@LINE+11]] | x = math.atan2(1.0){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}math_argument_count.py:[[@LINE+10]]:5: error[E0101]: math.sqrt() takes 1 argument but 2 were given
# CHECK-NEXT: {{^ +}}[[@LINE+9]] | y = math.sqrt(1.0, 2.0){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~~~~{{$}}
# CHECK-NEXT: {{.*}}math_argument_count.py:[[@LINE+8]]:5: error[E0101]: numpy.sqrt() takes 1 argument but 2 were given
# CHECK-NEXT: {{^ +}}[[@LINE+7]] | z = np.sqrt(1.0, 2.0){{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~~~~~~~~~~{{$}}
import math
import numpy as np

x = math.atan2(1.0)
y = math.sqrt(1.0, 2.0)
z = np.sqrt(1.0, 2.0)
