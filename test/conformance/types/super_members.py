# super objects' __thisclass__, __self__ and __self_class__ members (listed by dir, read-only)
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
b = B()
s = super(B, b)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__, s.who())
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
c = super(B, B)
print(c.__self__ is B, c.__self_class__.__name__)
print([n for n in dir(super) if not n.startswith('__') or n in ('__thisclass__', '__self__', '__self_class__')])
try:
    s.__thisclass__ = A
except AttributeError as e:
    print(type(e).__name__, e)
