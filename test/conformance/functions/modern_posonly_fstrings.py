# positional-only parameters and their errors; f-strings with =, !r/!s/!a, nested specs, and their SyntaxErrors
def f(a, b, /, c, *, d): return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4),
             lambda: f(1, 2, 3), lambda: f(1), lambda: f(1, 2, c=3, d=4, e=5)]:
    try: call()
    except TypeError as e: print(e)
def g(a, /, **kw): return a, kw
print(g(1, a=2))
def h(x=1, /, y=2): return x, y
print(h(), h(5), h(5, y=6))
class K:
    def m(self, a, /): return a
try: K().m(a=1)
except TypeError as e: print(e)
import inspect
print(inspect.signature(f), inspect.signature(h), f.__code__.co_posonlyargcount)
codes = ["def f(a, /, b, /): pass", "def f(/, a): pass", "def f(*, /): pass", "def f(a=1, /, b): pass",
         "def f(*a, /): pass", "lambda a, /, b: 0", "lambda /: 0", "def f(**k, /): pass", "def f(a, *, b, /): pass"]
for c in codes:
    try:
        compile(c, "<s>", "exec"); print("ok", c)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.offset, repr(c))
print(f"{1+1=}", f"{'x'=!r:>6}", f"{3.14159=:.2f}", f"{ 1 + 2 = }", f"{[1,2]=!s}")
x = 42; name = "héllo"
print(f"{x!r} {name!a} {name!s:>8} {x:{'>'}{10}} {x:0{5}d} {x=:#x}")
w = 7; p = 3
print(f"{3.14159:{w}.{p}f}|{'s':^{w}}|{x:>{w}}")
print(f"{'a' 'b'}", f"{{literal}}", f"{x:,}", f"{10**6:_}", f"{x!r:>{w}}")
d = {'k': 'v'}
print(f"{d['k']}", f"{d=}")
for c in ["f'{x!z}'", "f'{}'", "f'{x!}'", "f'{x=!}'", "f'{'", "f'}'", "f'{x:{y:{z}}}'", "f'{lambda x: 1}'", "f'{x!r=}'", "f'{#}'", "f'{a b}'"]:
    try:
        compile(c, "<s>", "eval"); print("ok", c)
    except SyntaxError as e:
        print("SyntaxError", e.msg, repr(c))
