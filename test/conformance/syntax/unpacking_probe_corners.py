# star unpacking in targets, displays and calls, with the TypeErrors and SyntaxErrors of each
a, *b, c = range(6); print(a, b, c)
*a, = "xyz"; print(a)
a, *b = [1]; print(a, b)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
try:
    a, b = 5
except TypeError as e: print(e)
try:
    a, *b = 5
except TypeError as e: print(e)
(a, b), c = "xy", 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
x = [1, 2]; y = (3,)
print([*x, *y], (*x, *y), {*x, *y})
print({**{'a': 1}, 'k': 1, **{'a': 2}})
def f(*args, **kw): return args, kw
print(f(*x, 0, *y, a=1, **{'b': 2}))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e: print(e)
try:
    f(a=1, **{'a': 2})
except TypeError as e: print(e)
try:
    f(**{1: 2})
except TypeError as e: print(e)
try:
    f(*5)
except TypeError as e: print(e)
try:
    f(**5)
except TypeError as e: print(e)
try:
    f(**[1])
except TypeError as e: print(e)
def g(a, b): pass
try:
    g(1, 2, a=3)
except TypeError as e: print(e)
try:
    g(1, c=3)
except TypeError as e: print(e)
try:
    g()
except TypeError as e: print(e)
try:
    g(1, 2, 3)
except TypeError as e: print(e)
def h(a, /, b, *, c): pass
try: h(a=1, b=2, c=3)
except TypeError as e: print(e)
try: h(1, 2, 3)
except TypeError as e: print(e)
try: h(1, 2)
except TypeError as e: print(e)
try: exec("f(a=1, a=2)")
except SyntaxError as e: print(e.msg)
try: exec("*a = 1")
except SyntaxError as e: print(e.msg)
try: exec("a, *b, *c = 1")
except SyntaxError as e: print(e.msg)
try: exec("print(*)")
except SyntaxError as e: print(e.msg)
try: exec("x = *a")
except SyntaxError as e: print(e.msg)
print(*[1, 2], sep="-")
print({'a': 1, **{}, 'b': 2})
print(f(*"ab", **dict(x=1)))
class Mp:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(f(**Mp()))
print({**Mp()})
