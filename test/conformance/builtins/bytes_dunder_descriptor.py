# bytes(x) and b'%b' % x find __bytes__ on the type and bind it as any special method: a
# descriptor's __get__ runs (and its error propagates) instead of the descriptor being called.
class Via:
    def __init__(self, impl):
        self.impl = impl

    def __get__(self, obj, owner):
        print('  __get__', type(obj).__name__, owner.__name__)
        return self.impl.__get__(obj, owner)


class Broken:
    def __get__(self, obj, owner):
        raise LookupError('no binding')


def as_bytes(self):
    return b'made'


class A:
    __bytes__ = Via(as_bytes)


class B:
    __bytes__ = Broken()


class C:
    __bytes__ = staticmethod(lambda: b'static')


print(bytes(A()), b'[%b]' % A())
print(bytes(C()), b'[%b]' % C())
for f in (bytes, lambda o: b'%b' % o):
    try:
        f(B())
    except LookupError as e:
        print('LookupError:', e)
