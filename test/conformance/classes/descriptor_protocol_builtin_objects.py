# Objects of built-in types read through the descriptor protocol: an unbound super stored
# on a class (the "autosuper" recipe), and a classmethod or staticmethod __new__.

class autosuper(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        setattr(cls, "_%s__super" % name.lstrip("_"), super(cls))
        return cls

class A(metaclass=autosuper):
    def meth(self, a):
        return "A(%r)" % a

class B(A):
    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)

class C(B):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)

print(C().meth(3))
print(type(B._B__super).__name__, B._B__super.__self__, B._B__super.__thisclass__.__name__)
bound = B.__dict__['_B__super'].__get__(C(), C)
print(bound.__self_class__.__name__, bound.meth(1))
try:
    B.__dict__['_B__super'].__get__(A(), A)
except TypeError as e:
    print('TypeError:', e)


class ViaClassmethod:
    @classmethod
    def __new__(cls, *args):
        return args

class ViaStaticmethod:
    @staticmethod
    def __new__(*args):
        return args

print(ViaClassmethod(1, 2)[0] is ViaClassmethod, ViaClassmethod(1, 2)[1:])
print(ViaStaticmethod(1, 2)[0] is ViaStaticmethod, ViaStaticmethod(1, 2)[1:])


class Name(str):
    def __str__(self):
        return 'not the value'

class Slotted:
    __slots__ = [Name('a'), 'b']

class OneSlot:
    __slots__ = Name('only')

s = Slotted()
s.a = 1
o = OneSlot()
o.only = 2
print(s.a, o.only, sorted(k for k in Slotted.__dict__ if not k.startswith('__')))
print(ord(Name('A')), str(Name('A')), Name('A') + 'x')
