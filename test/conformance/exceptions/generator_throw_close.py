# gen.throw() raises at the paused yield; gen.close() raises GeneratorExit there
def worker():
    while True:
        try:
            value = yield
            print("got", value)
        except ValueError as e:
            print("worker handled", e)
        finally:
            print("step finally")
g = worker()
next(g)
g.send(1)
g.throw(ValueError("thrown in"))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("escaped:", repr(e))
print("after escape:", next(g, "finished"))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("closer finally")
c = closer()
print(next(c))
c.close()
c.close()
print("closed twice fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
fresh = closer()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw:", repr(e))
