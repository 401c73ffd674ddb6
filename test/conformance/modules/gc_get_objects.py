# gc.get_objects() finds the program's live instances (the classic count-the-instances idiom).
import gc
class Foo:
    pass
a = [Foo() for _ in range(3)]
print(sum(1 for o in gc.get_objects() if isinstance(o, Foo)))
del a[0]
print(sum(1 for o in gc.get_objects() if isinstance(o, Foo)))
print(any(o is a for o in gc.get_objects()))
print(type(gc.get_objects()), gc.get_objects(generation=None) is not None)
try:
    gc.get_objects(3)
except ValueError as e:
    print('ValueError', e)
