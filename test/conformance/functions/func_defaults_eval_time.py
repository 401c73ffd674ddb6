# default expressions are evaluated when the def statement runs, in order
n = 10
def f(x=n):
    return x
n = 20
print(f(), f(5), n)
log = []
def val(tag):
    log.append(tag)
    return tag
def g(a=val("a"), b=val("b"), *, c=val("c")):
    return a + b + c
print(log)
print(g(), g("x"), g(c="z"))
print(log)
funcs = []
for i in range(3):
    def h(i=i):
        return i
    funcs.append(h)
print([fn() for fn in funcs])
def outer(k):
    def inner(v=k * 2):
        return v
    return inner
print(outer(3)(), outer(5)(), outer(5)(1))
