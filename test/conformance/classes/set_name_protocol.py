# __set_name__: order, arguments, late assignment, and type() creation
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return self if obj is None else obj.__dict__.get(self.name, 'unset:' + self.name)
    def __set__(self, obj, v): obj.__dict__[self.name] = v
class A:
    x = Named()
    y = Named()
    z = 5
a = A()
print(a.x, A.y.name)
a.x = 3
print(a.x, a.y)
A.w = Named()  # no __set_name__ after class creation
print(hasattr(A.w, 'name'))
B = type('B', (), {'p': Named(), 'q': Named()})
print(B().p)
class Shared:
    def __set_name__(self, owner, name): print('shared', name)
s = Shared()
class C:
    a = s
    b = s
class Bad:
    def __set_name__(self, owner, name): raise ValueError('bad ' + name)
try:
    class D:
        item = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class NotCallable:
    __set_name__ = 3
try:
    class E:
        item = NotCallable()
except RuntimeError as e:
    print('RuntimeError:', e, '|', type(e.__cause__).__name__, e.__cause__)
# __set_name__ is looked up on the type, not the instance
class InstOnly: pass
io = InstOnly()
io.__set_name__ = lambda o, n: print('never')
class F:
    item = io
print('done')
# __set_name__ runs before __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw))
class G(Base, flag=1):
    v = Named()
