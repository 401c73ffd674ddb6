# exec() and eval() of a function's code object (called with no arguments: a missing one is
# a TypeError), exec's closure= keyword, and the argument errors of both.
def f(x, y): return x
def g(*a, k, **kw): return a
def h(*a, **kw): print('h', a, kw); return 3
def gen(): yield 1
def outer():
    z = 1
    def inner():
        print('inner z', z)
        return z
    return inner
class A:
    def m(self): pass

inner = outer()
for code in (f.__code__, g.__code__, h.__code__, inner.__code__, A.m.__code__, gen.__code__):
    for fn in (exec, eval):
        try:
            r = fn(code, {})
            print(fn.__name__, type(r).__name__, r if fn is exec or type(r) is int else '')
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)

cells = inner.__closure__
def plain(): print('plain')
tests = [
    lambda: exec(inner.__code__, {}, None, closure=cells),
    lambda: exec(inner.__code__, closure=cells),
    lambda: exec(plain.__code__, {}, closure=cells),
    lambda: exec(plain.__code__, {}, closure=None),
    lambda: exec("x=1", {}, closure=cells),
    lambda: exec(inner.__code__, {}, closure=[cells[0]]),
    lambda: exec(inner.__code__, {}, closure=(1,)),
    lambda: exec(inner.__code__, {}, closure=()),
    lambda: exec(plain.__code__, {}, closure=()),
    lambda: eval(inner.__code__, {}, closure=cells),
    lambda: exec("x=1", {}, {}, None),
    lambda: eval("1", globals={}),
    lambda: exec("1", globals={}),
    lambda: exec("1", locals={}),
    lambda: exec(),
    lambda: eval(),
    lambda: eval(1, 2, 3, 4),
    lambda: exec("1", {}, {}, closure=None, x=1),
    lambda: exec(source="1"),
    lambda: exec("1", x=1),
    lambda: eval("1", 5),
    lambda: eval("1", {}, 5),
    lambda: eval("1", None, 5),
    lambda: eval("1", []),
    lambda: exec("1", 5),
    lambda: exec("1", {}, 5),
    lambda: exec("1", None, 5),
    lambda: exec(5),
    lambda: eval(5),
    lambda: eval("x", {}, {"x": 2}),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
