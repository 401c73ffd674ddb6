# isinstance() reads a __class__ that is not the type only to widen the answer: an AttributeError from it means no, any other error propagates (_PyObject_LookupAttr).
class C(object):
    def getclass(self):
        raise RuntimeError('boom')
    __class__ = property(getclass)
c = C()
for cls in [bool, C, object, (int, str)]:
    try: print(isinstance(c, cls))
    except RuntimeError as e: print('RuntimeError', e)
class D: pass
try: print(isinstance(c, D))
except RuntimeError as e: print('RuntimeError', e)
class E:
    @property
    def __class__(self): raise AttributeError('no class')
print(isinstance(E(), E), isinstance(E(), int))
class Proxy:
    def __init__(self, t): self._t = t
    @property
    def __class__(self): return type(self._t)
p = Proxy(5)
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__, p.__class__)
