# __name__, __class__, __module__, __doc__ and type() of classes and instances
class Thing:
    "A thing."
    pass
class Sub(Thing):
    pass
t = Sub()
print(Thing.__name__, Sub.__name__, Thing.__qualname__)
print(t.__class__, t.__class__.__name__, type(t) is t.__class__)
print(Thing.__module__, __name__)
print(Thing.__doc__, Sub.__doc__)
print(type(Thing), type(type), type(object))
print(t.__class__.__bases__[0].__name__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)
print(str(int), repr(str), [list, dict])
