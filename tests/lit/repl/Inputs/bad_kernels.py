# Loaded by commands.test: line 5 has a type error, so nothing is kept.
def half(x):
    return x / 2

lost = half("ten")
