# An instruction that reads an attribute of a class object (Base.__init__, Color.RED) keeps
# what it read while no type changes; every kind of class attribute must still read as
# CPython reads it, each time, and follow rebinding, deletion and metaclass descriptors.


class Base:
    RED = 1
    NAME = 'base'

    def __init__(self, v):
        self.v = v

    def show(self):
        return 'Base.show %s' % self.v

    @staticmethod
    def stat(x):
        return 'stat %s' % x

    @classmethod
    def klass(cls):
        return 'klass ' + cls.__name__

    @property
    def prop(self):
        return 'prop'


class Derived(Base):
    def __init__(self, v):
        Base.__init__(self, v * 2)


def read(cls):
    return (cls.RED, cls.NAME, cls.stat(1), cls.klass(), type(cls.prop).__name__, cls.show(Derived(1)))


for i in range(3):
    print(read(Base), read(Derived))
print(Base.klass is Base.klass, Base.stat is Base.stat, Base.show is Base.show)

Base.RED = 2
Derived.NAME = 'derived'
print(read(Base), read(Derived))


def new_show(self):
    return 'new_show %s' % self.v


Base.show = new_show
print(read(Derived))
del Derived.NAME
print(read(Derived))


class Meta(type):
    @property
    def RED(cls):
        return 'meta property for ' + cls.__name__

    def hello(cls):
        return 'meta hello ' + cls.__name__


class WithMeta(metaclass=Meta):
    RED = 'shadowed by the metaclass property'

    def hello(self):
        return 'instance hello'


def meta_read(cls):
    return cls.RED, cls.hello(cls) if cls is not WithMeta else cls.hello(None)


for i in range(2):
    print(meta_read(WithMeta))

counter = [0]


class Getter:
    def __get__(self, obj, owner):
        counter[0] += 1
        return 'got %d' % counter[0]


class HasGetter:
    g = Getter()


def read_g():
    return HasGetter.g


print([read_g() for i in range(3)])


class Nested:
    class Inner:
        pass


def inner():
    return Nested.Inner


print(inner() is inner(), inner().__name__)

# One site, several classes.
for cls in (Base, Derived, Base, WithMeta, Base):
    print(cls.__name__, cls.RED)

try:
    Base.missing
except AttributeError as e:
    print('AttributeError:', e)


def call_init(obj, v):
    Base.__init__(obj, v)
    return obj.v


d = Derived(0)
print([call_init(d, i) for i in range(3)])
del Base.__init__
try:
    call_init(d, 5)
except TypeError as e:
    print('TypeError:', e)
