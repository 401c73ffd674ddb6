# generator protocol: StopIteration value, yield from iterables, close() with finally, throw() into a fresh generator, already executing, send() to a just-started one
def g():
    yield 1
    return "done"
it = g(); next(it)
try: next(it)
except StopIteration as e: print("stop", e.value, e.args)
def yf():
    r = yield from g()
    print("yf got", r)
    yield from [10, 20]
    yield from "ab"
    r2 = yield from iter(())
    print("r2", r2)
print(list(yf()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
f = fin(); next(f); f.close(); f.close()
print(f.gi_frame, f.gi_running)
def fresh():
    print("never")
    yield 1
fr = fresh()
try: fr.throw(ValueError("x"))
except ValueError as e: print("thrown fresh", e)
print(fr.gi_frame)
try: next(fr)
except StopIteration: print("exhausted")
s = fresh()
try: s.send(1)
except TypeError as e: print(e)
def selfref():
    yield next(me)
me = selfref()
try: next(me)
except ValueError as e: print(e)
def running():
    print("running?", rg.gi_running)
    yield
rg = running(); next(rg)
print(rg.gi_running, rg.gi_frame.f_lineno, rg.gi_code.co_name)
def catcher():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield "after"
c = catcher(); next(c)
print(c.throw(KeyError("k")))
print(c.throw(KeyError, "k2") if False else "-")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie)
try: ie.close()
except RuntimeError as e: print(e)
def ret_in_finally():
    try:
        yield 1
    finally:
        return 5
rf = ret_in_finally(); next(rf); print(rf.close())
def stopiter():
    raise StopIteration
    yield
try: next(stopiter())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
def gen_send():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
gs = gen_send(); print(next(gs), gs.send(5))
try: gs.send(7)
except StopIteration as e: print("end", e.value)
try: g().throw(1)
except TypeError as e: print(e)
def deleg():
    try:
        yield from catcher()
    except Exception as e: print("outer", e)
d = deleg(); next(d); print(d.throw(KeyError("z")))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(99)
        return self.n
def yfi():
    r = yield from It()
    print("r", r)
print(list(yfi()))
ge = (i for i in range(3))
print(next(ge), list(ge), list(ge))
print(type(g()).__name__, g().__name__, repr(g())[:22])
