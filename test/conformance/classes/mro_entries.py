# PEP 560: a base that is not a class is replaced by what its __mro_entries__ returns.
class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (self.target,)

class Base:
    def hello(self):
        return 'hello from Base'

class Child(Alias(Base), dict):
    pass

print(Child.__mro__)
print(Child().hello(), Child.__orig_bases__[1], Child.__bases__)

def factory():
    pass
factory.__mro_entries__ = lambda bases: (list,)
class L(factory):
    pass
print(L.__mro__, L([1, 2]))

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class X(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)
