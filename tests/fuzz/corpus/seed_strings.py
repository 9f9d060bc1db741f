s = 'abc
t = """x
