# del and UnboundLocalError, global statements, decorators bottom-up, assert, exec/eval with custom globals, locals and builtins
x = 1
del x
try: print(x)
except NameError as e: print(e)
def f():
    y = 1
    del y
    return y
try: f()
except UnboundLocalError as e: print(e)
def f2():
    print(z)
    z = 1
try: f2()
except UnboundLocalError as e: print(e)
def f3():
    del w
    w = 1
try: f3()
except UnboundLocalError as e: print(e)
def f4():
    q = 1
    def inner(): return q
    del q
    return inner()
try: f4()
except NameError as e: print(type(e).__name__, e)
class A: pass
a = A(); a.x = 1; del a.x
try: del a.x
except AttributeError as e: print(e)
l = [1,2,3,4,5]; del l[::2]; print(l)
d = {1: 2}
try: del d[3]
except KeyError as e: print(repr(e))
try: del l[10]
except IndexError as e: print(e)
try: del (1,)[0]
except TypeError as e: print(e)
try: del "s"[0]
except TypeError as e: print(e)
a, b = 1, 2
del a, b
try: a
except NameError as e: print(e)
global gg
gg = 5
def setg():
    global gg
    gg = 6
setg(); print(gg)
def usegd():
    global undefined_zz
    return undefined_zz
try: usegd()
except NameError as e: print(e)
try: del undefined_yy
except NameError as e: print(e)
def dl():
    global gq
    del gq
try: dl()
except NameError as e: print(e)
def deco(n):
    print("make", n)
    def d(f):
        print("apply", n)
        return f
    return d
@deco(1)
@deco(2)
def decorated(): pass
def defl(f=lambda x: x * 2, g=lambda: (lambda: 3)): return f(2), g()()
print(defl())
print(__debug__)
try: assert False, "msg"
except AssertionError as e: print(repr(e))
try: assert 0
except AssertionError as e: print(repr(e), e.args)
try: assert [], [1, 2]
except AssertionError as e: print(e.args)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
g = {"__builtins__": {"len": len}}
print(eval("len([1])", g))
try: eval("print(1)", g)
except NameError as e: print(e)
try: eval("abs(1)", {"__builtins__": {}})
except NameError as e: print(e)
loc = {"q": 5}
print(eval("q + 1", {}, loc))
exec("r = q * 2", {}, loc); print(loc["r"])
def ev():
    v = 10
    return eval("v + 1")
print(ev())
print(eval("[x for x in range(3)]", {}))
try: eval("x = 1")
except SyntaxError as e: print(e.msg)
class Loc(dict):
    def __getitem__(self, k):
        if k == "magic": return 42
        return dict.__getitem__(self, k)
print(eval("magic", {}, Loc()))
exec("def ff(): return 7", ns); print(ns["ff"]())
try: exec("1/0")
except ZeroDivisionError as e: print(e)
print(eval("__name__", {}), eval("__name__"))
code = compile("x + 1", "<expr>", "eval"); print(eval(code, {"x": 1}))
try: eval(compile("pass", "s", "exec"))
except Exception as e: print(type(e).__name__)
print(eval("1\n"), eval("  1"))
try: eval(" 1\n 2")
except SyntaxError as e: print(e.msg)
