# duplicate parameter names in a function definition
print("never printed")
def ok(a, b):
    return a
def also_ok(a, *args, b=1, **kwargs):
    return b
print(ok(1, 2), also_ok(1))
def bad(a, b, a):
    return b
print(bad(1, 2, 3))
