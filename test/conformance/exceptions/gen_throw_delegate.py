# throw() and close() on a generator suspended in `yield from`: the delegate gets them first
import sys
def inner():
    try:
        yield 1
    except KeyError:
        return "from-inner"
def outer():
    x = yield from inner()
    print("x =", x)
    yield "after"
o = outer()
print(next(o))
print(o.throw(KeyError))
def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")
o = outer2()
next(o)
o.close()
print("closed", o.gi_frame)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print("It.throw got", len(args), [a if isinstance(a, type) else type(a).__name__ for a in args])
        if self.n > 1:
            raise StopIteration("it-done")
        return "thrown-value"
    def close(self):
        print("It.close")
def outer3():
    r = yield from It()
    print("outer3 r", r)
    yield "end"
o = outer3()
print(next(o))
print(o.throw(KeyError))
print(o.throw(KeyError, KeyError("x")))
print(next(o, None))
keep = [o]
o = outer3()
next(o)
o.close()
def inner4():
    try:
        yield 1
    finally:
        raise ValueError("in close")
def outer4():
    try:
        yield from inner4()
    except ValueError as e:
        print("outer4 caught", e)
        yield 2
o = outer4()
next(o)
try:
    o.close()
except RuntimeError as e:
    print("RuntimeError", e)
def watcher():
    try:
        yield 1
    except ValueError:
        print("watcher: outer running =", w.gi_running)
        raise KeyError("from watcher")
def outer5():
    try:
        yield from watcher()
    except KeyError as e:
        print("outer5 caught", repr(e))
        yield "recovered"
w = outer5()
print(next(w))
print(w.throw(ValueError))
def l3():
    try:
        yield "a"
    except ZeroDivisionError:
        return "l3"
def l2():
    v = yield from l3()
    return v + "+l2"
def l1():
    v = yield from l2()
    yield v
g = l1()
print(next(g))
print(g.throw(ZeroDivisionError))
for k in keep:
    k.close()
print("end")
