# weakref.ref's details: repr takes the name from the object's type (never its __getattr__),
# __callback__ is read-only, __init__ checks its argument count, a ref has no __dict__ (a
# subclass without __slots__ has one), a proxy to a non-iterator refuses next(), and
# WeakValueDictionary.update takes a mapping that has only keys() and [].
import re
import weakref

fix = lambda s: re.sub('0x[0-9a-f]+', 'ADDR', s)


class MyConfig(dict):
    def __getattr__(self, name):
        return self[name]


class Named:
    def __getattr__(self, name):
        if name == '__name__':
            return 'dynamic'
        raise AttributeError(name)


class Obj:
    pass


def fn():
    pass


keep = [MyConfig(offset=5), Named(), Obj, fn, Obj(), Obj()]
keep[4].__name__ = 'instance attribute'
keep[5].__name__ = 42
for o in keep:
    print(fix(repr(weakref.ref(o))))

x = Obj()
r = weakref.ref(x, lambda ref: None)
for attempt in [lambda: setattr(r, '__callback__', None), lambda: delattr(r, '__callback__'),
                lambda: r.__init__(0, 0, 0, 0, 0), lambda: r.__init__(), lambda: r.__init__(x, None, 3),
                lambda: r.__init__(x), lambda: next(weakref.proxy(x))]:
    try:
        print('ok', attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(r.__callback__ is not None, weakref.ref(x).__callback__)


class Counter:
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        return self.n


it = Counter()
print(next(weakref.proxy(it)), next(weakref.proxy(it)))


class SlotRef(weakref.ref):
    __slots__ = ('a', 'b')


class DictRef(weakref.ref):
    pass


d = DictRef(x)
d.extra = 1
print(hasattr(weakref.ref(x), '__dict__'), hasattr(SlotRef(x), '__dict__'), d.__dict__)
try:
    weakref.ref(x).extra = 1
except AttributeError:
    print('AttributeError')


class KeysOnly:
    def __init__(self, d):
        self.d = d

    def keys(self):
        return self.d.keys()

    def __getitem__(self, key):
        return self.d[key]


values = [Obj(), Obj()]
wvd = weakref.WeakValueDictionary()
wvd.update(KeysOnly({'a': values[0], 'b': values[1]}))
wvd.update([('c', values[0])], d=values[1])
print(sorted(wvd.keys()), wvd['a'] is values[0], wvd['d'] is values[1])
