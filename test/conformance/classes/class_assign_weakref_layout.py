# __class__ assignment compares layouts including the list of weak references: a class that
# adds __weakref__ (and nothing else) to a slotted base is not interchangeable with that base.
class J:
    __slots__ = ['c', 'b']


class N(J):
    __slots__ = ['__weakref__']


class P(J):
    __slots__ = ['__dict__']


class Q(J):
    pass


class R(J):
    __slots__ = ['__dict__', '__weakref__']


class S(J):
    __slots__ = ['__weakref__']


class Plain:
    pass


class Other:
    pass


class Empty(Plain):
    __slots__ = ()


classes = [J, N, P, Q, R, S, Plain, Other, Empty]
for cls in classes:
    allowed = []
    for cls2 in classes:
        if cls is cls2:
            continue
        x = cls()
        try:
            x.__class__ = cls2
            allowed.append(cls2.__name__)
        except TypeError as e:
            last = str(e)
    print(cls.__name__, '->', allowed)
print(last)
