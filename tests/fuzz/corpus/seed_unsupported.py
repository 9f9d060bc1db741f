class A:
    pass
f = lambda x: x
y = [i for i in x]
z = f"{x}"
import os
