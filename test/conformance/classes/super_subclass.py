# A subclass of super: calling it makes an instance of the subclass (its __init__ runs), its
# instances find attributes after __thisclass__ as super's do and keep a dict of their own,
# and an unbound one stored on a class binds by calling the subclass.
class A:
    def meth(self, a):
        return 'A(%r)' % a

    @classmethod
    def make(cls):
        return 'A.make(%s)' % cls.__name__


class Tracing(super):
    def __init__(self, *args):
        print('  Tracing.__init__ with', len(args), 'args')
        super(Tracing, self).__init__(*args)


class E(A):
    def meth(self, a):
        s = Tracing(E, self)
        return 'E(%r)[%s]' % (a, type(s).__name__) + s.meth(a)

    @classmethod
    def make(cls):
        return 'E.make>' + Tracing(E, cls).make()


print(E().meth(5))
print(E.make())


class F(E):
    def meth(self, a):
        s = self.__super
        return 'F(%r)[%s]' % (a, s.__class__.__name__) + s.meth(a)


F._F__super = Tracing(F)
print(F().meth(6))

s = Tracing(F, F())
print(isinstance(s, super), s.__thisclass__.__name__, s.__self_class__.__name__)
s.note = 'kept'
print(s.note, sorted(vars(s)))
try:
    s.missing
except AttributeError as e:
    print('AttributeError:', e)
print(super.__getattribute__(super(F, F()), 'meth')(7))
for bad in (5, int):
    try:
        super.__new__(bad)
    except TypeError as e:
        print('TypeError:', e)
