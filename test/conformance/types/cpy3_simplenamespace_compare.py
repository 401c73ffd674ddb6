# SimpleNamespace compares as its __dict__ does (namespace_richcompare), for every operator.
from types import SimpleNamespace as NS


class Sub(NS):
    pass


a = NS(x=1, y=2)
b = NS(y=2, x=1)
c = NS(x=1)
print(a == b, a != b, a == c, a != c, a == {'x': 1, 'y': 2}, a != 5)
print(a == Sub(x=1, y=2), Sub(x=1, y=2) == a, Sub(x=1) != a)
print(NS() == NS(), NS() != NS())
for op in ('<', '<=', '>', '>='):
    try:
        eval('a %s b' % op)
    except TypeError as e:
        print(e)
    try:
        eval('a %s 1' % op)
    except TypeError as e:
        print(e)
print(NS.__eq__(a, 1), NS.__lt__(a, 1))
try:
    print(NS.__lt__(a, b))
except TypeError as e:
    print(e)
a.self = a
print(a == a, repr(a))
