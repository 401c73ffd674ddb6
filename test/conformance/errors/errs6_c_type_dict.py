# The instance dict of library classes standing for C types: SimpleNamespace's is a read-only
# member, functools.partial's and defaultdict's may be replaced but not deleted (as C types'
# PyObject_GenericSetDict), a SimpleQueue has none; a class statement's may be deleted.
import collections, functools, queue, types


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


def setd(o, v):
    o.__dict__ = v


def deld(o):
    del o.__dict__


ns = types.SimpleNamespace(a=1)
print(types.SimpleNamespace.__dict__["__dict__"])
attempt("ns set", lambda: setd(ns, {}))
attempt("ns set int", lambda: setd(ns, 5))
attempt("ns del", lambda: deld(ns))
ns.__dict__["b"] = 2
print(ns)


class Sub(types.SimpleNamespace):
    pass


attempt("ns subclass set", lambda: setd(Sub(), {}))

p = functools.partial(print, 1)
attempt("partial set", lambda: setd(p, {"x": 1}))
print(p.__dict__, p.x)
attempt("partial set int", lambda: setd(p, 5))
attempt("partial del", lambda: deld(p))


class P(functools.partial):
    pass


attempt("partial subclass del", lambda: deld(P(print)))
dd = collections.defaultdict(int)
attempt("defaultdict del", lambda: deld(dd))

q = queue.SimpleQueue()
print(hasattr(q, "__dict__"))
attempt("SimpleQueue attr", lambda: setattr(q, "x", 1))
q.put(3)
print(q.get())


class Plain:
    pass


o = Plain()
o.a = 1
attempt("plain del", lambda: deld(o))
print(o.__dict__)

del functools.partial(print).__dict__
