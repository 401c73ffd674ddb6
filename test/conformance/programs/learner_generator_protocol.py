import inspect
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 100)
        return self.i
def deleg():
    r = yield from It()
    print("It returned", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
g = deleg()
print(next(g), g.gi_yieldfrom.__class__.__name__, inspect.getgeneratorlocals(g))
try: g.send(5)
except AttributeError as e: print("AE", e)
g = deleg(); next(g)
try: g.throw(KeyError("k"))
except KeyError as e: print("KE", e)
print(inspect.getgeneratorstate(g))
g = deleg(); print(list(g))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        elif cmd is None: n += 1
        else: n += cmd
c = counter()
print(next(c), next(c), c.send(10), c.send("reset"), next(c), c.gi_frame.f_locals, c.gi_code.co_name, c.gi_running)
c.close(); print(c.gi_frame, inspect.getgeneratorstate(c))
def echo():
    try:
        while True:
            try:
                v = yield
                print("echo", v)
            except ValueError as e:
                print("handled", e)
    finally:
        print("echo closing")
e = echo(); next(e); e.send(1); e.throw(ValueError("x")); e.send(2); e.close()
def gen_with_return():
    x = yield 1
    return x * 2
def wrapper():
    result = yield from gen_with_return()
    yield f"wrapped {result}"
w = wrapper(); print(next(w), w.send(21))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import itertools
print(list(itertools.takewhile(lambda v: v < 5, infinite())), sum(itertools.islice(infinite(), 100)))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
def gen_exc():
    yield 1
    1 / 0
    yield 2
ge = gen_exc(); print(next(ge))
try: next(ge)
except ZeroDivisionError: print("ZDE; state", inspect.getgeneratorstate(ge))
try: next(ge)
except StopIteration: print("exhausted after error")
def running():
    yield g2.gi_running
g2 = running(); print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try: next(g3)
except ValueError as e: print(e)
gx = (x for x in range(3))
print(gx.send(None), next(gx))
try: (x for x in range(3)).send(1)
except TypeError as e: print(e)
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "closed value"
cr = close_returns(); next(cr); print(cr.close())
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
gf = gen_return_in_finally(); next(gf)
try: gf.throw(ValueError("swallowed?"))
except StopIteration as e: print("SI", e.value)
print(type(iter(range(3))).__name__, hasattr(infinite(), "__next__"), iter(g) is g)
