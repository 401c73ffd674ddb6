# greenlet: greenlets take attributes and weak references, refuse copying, and may be subclassed with __slots__
import weakref, greenlet, copy
g = greenlet.greenlet(lambda: 1)
r = weakref.ref(g); print(r() is g)
print(g.__class__.__name__, isinstance(g, greenlet.greenlet), hash(g) == hash(g), g == g)
g.x = 5; print(g.x, g.__dict__)
try: copy.copy(g)
except Exception as e: print(type(e).__name__)
class Sub(greenlet.greenlet):
    __slots__ = ()
print(Sub(lambda: 2).switch())
