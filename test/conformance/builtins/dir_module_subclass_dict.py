# dir() of a module reads __dict__ as an attribute: a subclass that redefines __dict__ answers
# through it, and one that is no dict is a TypeError.
import types


class NotADict(types.ModuleType):
    __dict__ = 8


class Proxy(types.ModuleType):
    @property
    def __dict__(self):
        return {'b': 1, 'a': 2}


try:
    dir(NotADict('m1'))
except TypeError as e:
    print('TypeError:', e)
print(dir(Proxy('m2')))
m = types.ModuleType('m3')
m.z = 1
print(dir(m))
print(sorted(types.ModuleType.__dir__(Proxy('m4'))))
