# Compiled attribute sites read and write their first class's instances inline and every
# other class they remember out of line (attr_cache.ts attrAtSite, storeAttrAtSite): a
# site that meets a second or third class, a class with only __slots__, a new instance's
# first store, an attribute deleted or a class changed while the loop runs.


class D:
    def __init__(self, x):
        self.x = x


class E:
    def __init__(self, x):
        self.pad = 0
        self.x = x


class S:
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x


class SD:
    __slots__ = ('x', '__dict__')

    def __init__(self, x):
        self.x = x
        self.extra = x


def read_all(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.x
    return t


def write_all(objs, n):
    for i in range(n):
        for o in objs:
            o.x = i
    return [o.x for o in objs]


print(read_all([D(1), E(2), S(3), SD(4)], 3000))
print(write_all([D(1), E(2), S(3), SD(4)], 3000))


class Fresh:
    pass


class Fresh2:
    pass


def first_stores(n):
    out = []
    for i in range(n):
        o = Fresh() if i % 2 else Fresh2()
        o.a = i
        o.b = i * 2
        out.append(o.a + o.b)
    return sum(out)


print(first_stores(5000))


# An attribute deleted from an instance of the site's second class mid-loop.
def delete_mid(n):
    objs = [D(1), E(2)]
    t = 0
    for i in range(n):
        if i == n // 2:
            del objs[1].x
        try:
            for o in objs:
                t += o.x
        except AttributeError as e:
            print('AttributeError:', e)
            objs[1].x = 10
    return t


print(delete_mid(4000))


# A slot left empty: the read raises as the eval loop's does.
def empty_slot(n):
    objs = [D(1), S(2)]
    t = 0
    for i in range(n):
        if i == n // 2:
            del objs[1].x
        try:
            for o in objs:
                t += o.x
        except AttributeError as e:
            print('AttributeError:', e)
            objs[1].x = 5
    return t


print(empty_slot(4000))


# A data descriptor added to the second class mid-loop takes over reads and writes.
def class_changed(n):
    objs = [D(1), E(2)]
    t = 0
    for i in range(n):
        if i == n // 2:
            E.x = property(lambda self: 100, lambda self, v: None)
        for o in objs:
            o.x = o.x + 1
            t += o.x
    return t, objs[0].x, objs[1].x


print(class_changed(4000))


# A float subclass and ints mixed at the same attribute site.
class F(float):
    pass


class G:
    def __init__(self, x):
        self.y = None
        self.x = x


def mixed_values(n):
    objs = [D(1.5), G(F(2.5)), D(3)]
    t = 0.0
    for i in range(n):
        for o in objs:
            t += o.x
    return t, type(objs[1].x).__name__


print(mixed_values(3000))
