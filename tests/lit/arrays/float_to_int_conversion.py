# RUN: %parc run %s > %t.out && diff %t.out %s.expected
# Expected output recorded from CPython + Numba: scripts/record-expected.sh
# Floats out of an int type's range (and NaN) convert as NumPy and Numba
# convert them on x86-64: int64/int32 give their smallest value, uint64 and
# uint32 all ones, narrower types go through int32 and wrap. Scalars
# (int(), np.uint8(), ...) and astype() agree.
import numpy as np
from numba import njit


@njit
def scalars(x):
    return int(x), np.uint8(x), np.int8(x), np.uint64(x), np.int32(x), np.uint32(x), np.int16(x), np.uint16(x)


@njit
def arrays(a):
    print(a.astype(np.uint8))
    print(a.astype(np.int8))
    print(a.astype(np.int16))
    print(a.astype(np.int32))
    print(a.astype(np.uint32))
    print(a.astype(np.uint64))
    print(a.astype(np.int64))


values = np.empty(11)
values[0] = -1.0
values[1] = 300.0
values[2] = 1e20
values[3] = -1e20
values[4] = np.nan
values[5] = 2.0 ** 63
values[6] = 1.8e19
values[7] = -129.5
values[8] = 70000.7
values[9] = -0.75
values[10] = np.inf
for k in range(values.shape[0]):
    print(values[k], scalars(values[k]))
arrays(values)
arrays(values.astype(np.float32))
