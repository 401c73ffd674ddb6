# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter at the first iteration, the finalizer when a suspended one is dropped
import sys

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

async def main(name):
    async for x in agen(name):
        print("got", x)
        break
    print("after break", name)

print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks())
drive(main("no hooks"))

seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__qualname__), finalizer=lambda g: print("finalizer", g.__qualname__))
h = sys.get_asyncgen_hooks()
print(h.firstiter is h[0], len(h))
drive(main("hooked"))
print(seen)

# The finalizer is the one set at the first iteration.
g = agen("early")
print(drive(g.__anext__()))
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer)
del g
print("after del early")
g = agen("late")
print(drive(g.asend(None)))
del g
print("after del late")

# Not iterated: no hooks, nothing to close.
sys.set_asyncgen_hooks(firstiter=lambda g: print("firstiter", g.__qualname__))
g = agen("never")
del g
g = agen("aclose")
drive(g.aclose())
print(g.ag_frame)

def bad_first(g):
    raise KeyError("firstiter")
sys.set_asyncgen_hooks(firstiter=bad_first)
try:
    agen("bad").__anext__()
except KeyError as e:
    print("KeyError", e)

def bad_final(g):
    raise ValueError("finalizer")
sys.set_asyncgen_hooks(None, bad_final)
sys.unraisablehook = lambda u: print("unraisable", u.exc_type.__name__, u.exc_value, type(u.object).__name__)
g = agen("badfinal")
drive(g.__anext__())
del g
print("after badfinal")
sys.set_asyncgen_hooks(None, None)

for args, kwargs in [((1,), {}), ((print, 2), {}), ((), {"x": 1}), ((1, 2, 3), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(sys.get_asyncgen_hooks())
print("end")
