# slot methods are wrapper_descriptor / method-wrapper; equal bound built-ins hash alike
import types, inspect, pickle, copy, weakref
print(type(int.__add__).__name__, type(object.__init__).__name__, type(str.upper).__name__, type(list.__getitem__).__name__)
print(type((1).__add__).__name__, type(object().__str__).__name__, type([].append).__name__, type(len).__name__)
print(type({}.__contains__).__name__, type(dict.__dict__['__getitem__']).__name__, type(set().__contains__).__name__)
class A:
    pass
print(type(A.__init__).__name__, type(A().__init__).__name__, type(A().__eq__).__name__)
print(types.MethodWrapperType.__name__, types.WrapperDescriptorType.__name__, types.MethodDescriptorType.__name__)
m = (1).__add__
print(m == (1).__add__, m == (2).__add__, hash(m) == hash((1).__add__), m.__self__, m.__name__, m.__qualname__, m.__objclass__)
print(m(5), int.__add__.__get__(3)(4), callable(m), isinstance(m, types.BuiltinFunctionType))
print(sorted(set(dir(m)) - set(dir(object()))), sorted(set(dir(int.__add__)) - set(dir(object()))))
print(inspect.isbuiltin(m), inspect.isroutine(m), inspect.ismethodwrapper(m), inspect.ismethoddescriptor(int.__add__), inspect.isroutine(int.__add__))
lst = []
print(len({lst.append, lst.append}), hash(lst.append) == hash(lst.append), len({(1).__add__, (1).__add__, (2).__add__}))
for o in [int.__add__, (1).__add__, str.upper, lst.append, object.__init__]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "weakref ok")
    except TypeError as e:
        print("TypeError:", e)
    print(" ", pickle.loads(pickle.dumps(o)) == o, copy.copy(o) is o, copy.copy(o) == o, copy.deepcopy(o) == o)
