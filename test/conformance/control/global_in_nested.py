# global in nested functions refers to the module scope, skipping enclosing scopes
x = "global"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return x, r
print(outer())
print(x)
def outer2():
    global y
    y = 10
    def inner():
        return y
    return inner()
print(outer2(), y)
def counter():
    global total
    for i in range(5):
        total = i if i == 0 else total + i
counter()
print(total)
