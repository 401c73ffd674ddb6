# type(name, bases, ns) copies ns: the __module__ it takes from the caller's globals goes into
# the class's dict, not into the dict passed in.
ns = {'__qualname__': 'some.name', 'a': 1}
T = type('Foo', (), ns)
print(ns)
print(T.__qualname__, T.__module__, list(T.__dict__))

ns = {'__module__': 'elsewhere'}
T = type('Bar', (), ns)
print(ns, T.__module__)


class Meta(type):
    def __new__(mcls, name, bases, namespace):
        print('namespace before:', sorted(namespace))
        cls = super().__new__(mcls, name, bases, namespace)
        print('namespace after:', sorted(namespace))
        return cls


class C(metaclass=Meta):
    x = 1


print(C.__module__)
shared = {'f': lambda self: 'f'}
A = type('A', (), shared)
B = type('B', (), shared)
print(shared.keys(), A().f(), B.__module__)
