# classmethod around another descriptor (property, classmethod, staticmethod, a custom __get__) binds it to the class (3.9-3.12)
class Tagged:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return ('tagged', obj.__name__ if isinstance(obj, type) else obj, owner.__name__)

class Model:
    @classmethod
    @property
    def table(cls):
        return cls.__name__.lower() + 's'

    @classmethod
    def plain(cls, x):
        return (cls.__name__, x)

    custom = classmethod(Tagged(None))
    nested = classmethod(classmethod(lambda c: c.__name__))
    stat = classmethod(staticmethod(lambda: 'static'))

class User(Model):
    pass

print(Model.table, User.table, User().table)
print(Model.plain(1), User().plain(2))
print(Model.custom, User().custom)
print(type(User.nested).__name__, User.nested.__self__.__name__)
print(User.stat())
cm = Model.__dict__['table']
print(cm.__get__(None, User), cm.__get__(User()))
print(type(Model.__dict__['plain'].__get__(None, User)).__name__)
bound = classmethod(len).__get__(None, User)
print(type(bound).__name__, bound.__self__.__name__)
try:
    bound()
except TypeError as e:
    print(type(e).__name__, e)
