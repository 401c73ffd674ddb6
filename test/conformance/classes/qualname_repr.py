# __qualname__, __module__ and repr of classes, instances, methods, functions
import re
def clean(s): return re.sub(r'0x[0-9a-f]+', 'ADDR', s)
class Outer:
    class Inner:
        class Deep:
            def m(self): pass
        def im(self): pass
    def method(self):
        class Local: pass
        def lf(): pass
        return Local, lf
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    lam = lambda self: 0
L, lf = Outer().method()
for o in [Outer, Outer.Inner, Outer.Inner.Deep, L]:
    print(o.__name__, o.__qualname__, o.__module__, repr(o))
for f in [Outer.method, Outer.Inner.Deep.m, lf, Outer.cm, Outer.sm, Outer.lam, (lambda: 0)]:
    print(f.__name__, f.__qualname__, clean(repr(f)))
print(clean(repr(Outer().method)), clean(repr(Outer.cm)), clean(repr(Outer().Inner())))
print(clean(repr(Outer.Inner.Deep().m)))
print(repr(len), repr([].append)[:30], repr(int.__add__), repr(dict.fromkeys)[:40], repr(str.join))
print(repr((1).__add__)[:40], repr(object.__init__), repr(object().__init__)[:40])
print(repr(type.__dict__['__dict__'])[:40], repr(int.real), repr(Outer.__dict__['__dict__'])[:50])
print(clean(repr(staticmethod(lf))), clean(repr(classmethod(lf))))
print(clean(repr(property())[:20]))
def gen(): yield
print(clean(repr(gen())), gen.__qualname__)
class C:
    def __repr__(self): return 'C()'
print(repr(C()), str(C()), f'{C()}', [C()], {1: C()})
class S:
    def __str__(self): return 'S-str'
print(str(S()), clean(repr(S())), f'{S()!r}'[:10], '%s %r' % (S(), 1))
Outer.Inner.__qualname__ = 'Changed'
print(repr(Outer.Inner), Outer.Inner.__name__)
import collections
print(repr(collections.OrderedDict), collections.OrderedDict.__module__, repr(collections.abc.Mapping))
print(int.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__, len.__qualname__, [].append.__qualname__)
print(Outer.method.__module__, len.__module__, str.join.__module__ if hasattr(str.join, '__module__') else '-')
