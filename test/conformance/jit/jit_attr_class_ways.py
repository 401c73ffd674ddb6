# Attribute sites in compiled code remember, per class they met, where an attribute sits in
# that class's instance dicts (and, for method calls, that no instance attribute shadows the
# method). Each check changes a class or an instance in the middle of a compiled loop.


class Base:
    def __init__(self, v):
        self.link = None
        self.v = v

    def get(self):
        return self.v

    def bump(self):
        self.v += 1
        return self.v


class A(Base):
    def __init__(self, v):
        Base.__init__(self, v)
        self.a = "a"


class B(Base):
    def __init__(self, v):
        self.b = "b"  # another order: v sits elsewhere in B's instances
        Base.__init__(self, v)


class C(Base):
    pass


class D(Base):
    def __init__(self, v):
        Base.__init__(self, v)
        self.d = "d"


class E(Base):
    pass


def reads(objs, n):
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.v
    return total


def writes(objs, n):
    for i in range(n):
        o = objs[i % len(objs)]
        o.v = i
    return [o.v for o in objs]


def calls(objs, n):
    out = []
    for i in range(n):
        o = objs[i % len(objs)]
        out.append(o.get())
    return sum(out), out[-5:]


objs = [A(1), B(2), C(3), D(4)]
print("reads", reads(objs, 4000))
print("writes", writes(objs, 4000))
print("calls", calls(objs, 4000))

# Five classes at four-way sites: the oldest class is forgotten and found again.
five = [A(1), B(2), C(3), D(4), E(5)]
print("five", reads(five, 5000), writes(five, 5000), calls(five, 5000))


def class_changes(n):
    objs = [A(1), B(2), C(3), D(4)]
    total = 0
    for i in range(n):
        o = objs[i & 3]
        total += o.v
        if i == n // 2:
            objs[1].__class__ = C  # a B instance's dict, now read as a C
            objs[2].__dict__ = {"v": 1000, "link": None}  # a dict not split over C's keys
    return total, [type(o).__name__ for o in objs]


print("class_changes", class_changes(4000))


def deletes(n):
    objs = [A(1), B(2), C(3), D(4)]
    missing = 0
    for i in range(n):
        o = objs[i & 3]
        try:
            o.v
        except AttributeError:
            missing += 1
        if i == n // 2:
            del objs[0].v
    return missing


print("deletes", deletes(4000))


def shadowing(n):
    objs = [A(1), B(2), C(3), D(4)]
    out = []
    for i in range(n):
        o = objs[i & 3]
        out.append(o.get())
        if i == n // 2:
            objs[2].get = lambda: "own"
        if i == 3 * n // 4:
            del objs[2].get
    return out.count("own"), out[-4:]


print("shadowing", shadowing(4000))


def subclass_gets_property(n):
    objs = [A(1), B(2), C(3), D(4)]
    total = 0
    for i in range(n):
        o = objs[i & 3]
        total += o.v
        o.v = i
        if i == n // 2:
            D.v = property(lambda self: 7, lambda self, x: None)
    return total, [o.v for o in objs]


print("property", subclass_gets_property(4000))
del D.v


def method_replaced(n):
    objs = [A(1), B(2), C(3), D(4)]
    out = 0
    for i in range(n):
        o = objs[i & 3]
        out += o.bump()
        if i == n // 2:
            B.bump = lambda self: -1
    return out, [o.v for o in objs]


print("replaced", method_replaced(4000))
del B.bump


class Wide(Base):
    pass


def many_attributes(n):
    objs = [A(1), Wide(2)]
    for j in range(40):
        setattr(objs[1], "x%d" % j, j)  # past the shared keys' limit: a combined dict
    total = 0
    for i in range(n):
        o = objs[i & 1]
        o.v = i
        total += o.v
    return total, objs[1].x39, len(vars(objs[1]))


print("wide", many_attributes(4000))


def new_names_mid_loop(n):
    objs = [A(1), B(2), C(3), D(4)]
    for i in range(n):
        o = objs[i & 3]
        o.v = i
        if i >= n // 2:
            o.late = i
    return [sorted(vars(o)) for o in objs], [o.late for o in objs]


print("late", new_names_mid_loop(4000))
