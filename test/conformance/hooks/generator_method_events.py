# Profile and trace events of generator send(), __next__() and throw() calls made by tpy
# code (which the eval loop makes by resuming the generator as a frame of its own): c_call,
# the generator's call and return, then c_return or c_exception, as CPython reports them.
import sys
events = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    if name in ("setprofile",):
        return
    events.append((event, name, frame.f_lineno))
def g():
    x = yield 1
    try:
        yield x
    except KeyError:
        yield "caught"
    return 5
def inner():
    yield "i"
def outer():
    yield from inner()
    yield "o"
def main():
    it = g()
    it.send(None)
    it.__next__()
    it.throw(KeyError)
    try:
        it.send(3)
    except StopIteration as e:
        pass
    o = outer()
    o.send(None)
    try:
        o.throw(ValueError)
    except ValueError:
        pass
    b = g(); next(b)
    try:
        b.throw(IndexError)
    except IndexError:
        pass
    return "done"
sys.setprofile(prof)
main()
sys.setprofile(None)
for e in events: print(*e)
tr = []
def tracer(frame, event, arg):
    tr.append((event, frame.f_code.co_name, frame.f_lineno, type(arg).__name__ if event in ("exception",) else None))
    return tracer
sys.settrace(tracer)
main()
sys.settrace(None)
for e in tr: print(*e)
