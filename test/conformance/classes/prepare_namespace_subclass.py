# A class body's namespace from __prepare__ that is a dict subclass: its __setitem__,
# __getitem__ (with __missing__) and __delitem__ run for the body's names (PEP 3115).
class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k, type(v).__name__)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
    def __missing__(self, k):
        raise KeyError(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

class C(metaclass=Meta):
    x = 1
    y = x + 1
    del x
    print(len)
    def f(self): return y
print(sorted(k for k in C.__dict__ if not k.startswith('__')), C.y)

class Unique(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError(f'{k!r} already defined as {self[k]!r}')
        super().__setitem__(k, v)

class UMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Unique()

try:
    class D(metaclass=UMeta):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

class Defaulting(dict):
    def __missing__(self, k):
        if k.startswith('undefined'):
            return 'default-' + k
        raise KeyError(k)

class DMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Defaulting()

class E(metaclass=DMeta):
    z = undefined_name
    try:
        del nothing_here
    except NameError as e:
        print(type(e).__name__, e)
print(E.z)
g = {}
exec('q = 1\nfor i in range(300): q += i\nprint(q)', g)
