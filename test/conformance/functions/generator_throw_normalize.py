# gen.throw(cls): a class that fails to make an instance throws that failure into the generator; a generator is named after its function's current __name__/__qualname__
import sys
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    print("started")
    yield
gen = boring()
try: gen.throw(E)
except TypeError as e: print("TE", e)
try: next(gen)
except StopIteration: print("stopped")
def catching():
    try:
        yield 'a'
    except TypeError as e:
        print("inside got", e)
        yield 'b'
g = catching(); next(g)
print(g.throw(E))
def f():
    yield
def g2():
    try:
        raise KeyError('a')
    except Exception:
        yield from f()
gen = g2(); gen.send(None)
try: gen.throw(ValueError)
except ValueError as e: print("context", repr(e.__context__))
def g3():
    try:
        raise KeyError('b')
    except Exception:
        yield
gen = g3(); next(gen)
try: gen.throw(ValueError)
except ValueError as e: print("context direct", repr(e.__context__))
def func():
    yield 1
func.__name__ = "func_name"; func.__qualname__ = "func_qualname"
gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "n2"; print(gen.__name__)
try: gen.__name__ = 5
except TypeError as e: print(e)
try: del gen.__qualname__
except TypeError as e: print(e)
async def co(): pass
co.__name__ = "coname"
c = co(); print(c.__name__, c.__qualname__); c.close()
h = (x for x in []); print(h.__name__, h.__qualname__)
