class P:
    __slots__ = ('v',)
P.v = property(lambda self: 'prop')
try:
    P().v = 1
except AttributeError as e:
    print(e)
p = property(lambda self: 1)
class Q:
    pass
Q.w = p
try:
    Q().w = 1
except AttributeError as e:
    print(e)
class R:
    w = property(lambda self: 1)
try:
    R().w = 1
except AttributeError as e:
    print(e)
try:
    del R().w
except AttributeError as e:
    print(e)
class Outer:
    class Inner:
        x = property(None, lambda self, v: None)
try:
    Outer.Inner().x
except AttributeError as e:
    print(e)
r = R()
c = R.w.setter(lambda self, v: print('set', v))
R.w2 = c
r.w2 = 5
try:
    del r.w2
except AttributeError as e:
    print(e)
