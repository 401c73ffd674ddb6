# super(T, obj) for an obj that is no instance of T but whose __class__ attribute names a
# subclass of T (a proxy): CPython's supercheck accepts it, searching from that class.
class Proxy:
    def __init__(self, obj):
        self._Proxy__obj = obj

    def __getattribute__(self, name):
        if name.startswith('_Proxy__'):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)


class B:
    def f(self):
        return 'B.f on ' + type(self).__name__


class C(B):
    def f(self):
        return super(C, self).f() + ' -> C.f'


p = Proxy(C())
print(C.__dict__['f'](p))
s = super(C, p)
print(s.__self_class__.__name__, type(s.__self__).__name__)


class Liar:
    __class__ = int


for obj in (Liar(), Proxy(5)):
    try:
        super(C, obj)
    except TypeError as e:
        print('TypeError:', e)


class Raising:
    @property
    def __class__(self):
        raise KeyError('no class')


try:
    super(C, Raising())
except KeyError as e:
    print('KeyError:', e)
