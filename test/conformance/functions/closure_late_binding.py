# closures see the variable's current value (late binding), not its value at creation
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def make_bound():
    fs = []
    for j in range(3):
        def factory(k):
            return lambda: k
        fs.append(factory(j))
    return fs
print([f() for f in make_bound()])
