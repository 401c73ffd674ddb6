# STORE_ATTR in compiled loops and bodies writes a split instance dict's value itself:
# the dict's version must still change (an instance dict used as globals), new instances
# must get their attributes in order, and a class changed mid-loop must take the generic path.


class NS:
    pass


ns = NS()
ns.x = 0
exec("def reader():\n    return x\n", ns.__dict__)
reader = ns.reader


def globals_in_instance_dict(n):
    o = ns
    total = 0
    for i in range(n):
        o.x = i
        total += reader()
    return total


print("globals", globals_in_instance_dict(3000), sum(range(3000)))


class P:
    def __init__(self, a):
        self.a = a


def fresh_instances(n):
    out = []
    for i in range(n):
        p = P(i)
        p.b = i * 2
        p.c = i * 3
        out.append(p)
    return out


ps = fresh_instances(2000)
print("fresh", sum(p.a + p.b + p.c for p in ps), list(vars(ps[7]).items()))


class Q:
    def __init__(self):
        self.v = 0


def setter_added_mid_loop(n):
    q = Q()
    log = []
    for i in range(n):
        q.v = i
        if i == n // 2:
            Q.__setattr__ = lambda self, k, v: (log.append((k, v)), object.__setattr__(self, k, v * 10))
    return q.v, len(log), log[:2]


print("setattr", setter_added_mid_loop(1000))
del Q.__setattr__


def property_added_mid_loop(n):
    q = Q()
    seen = []
    for i in range(n):
        q.v = i
        if i == n // 2:
            Q.v = property(lambda self: -1, lambda self, v: seen.append(v))
    return q.v, len(seen), seen[:2], q.__dict__


print("property", property_added_mid_loop(1000))
del Q.v


class R:
    pass


class S:
    pass


def two_classes_one_site(n):
    objs = [R(), S(), R(), S()]
    for o in objs:
        o.first = 0
    for i in range(n):
        o = objs[i & 3]
        o.first = i
        o.second = -i
    return [sorted(vars(o).items()) for o in objs]


print("two", two_classes_one_site(4000))


class Slotted:
    __slots__ = ("a", "b")


def slots_store(n):
    s = Slotted()
    for i in range(n):
        s.a = i
        s.b = s.a + 1
    return s.a, s.b


print("slots", slots_store(3000))


def deleted_mid_loop(n):
    p = P(0)
    p.b = 1
    for i in range(n):
        p.b = i
        if i == n // 2:
            del p.a
    return vars(p)


print("deleted", deleted_mid_loop(1000))


class Opt:
    def __init__(self, flag, i):
        if flag:
            self.a = i
        self.b = i


def optional_first(n):
    # Instances whose attributes come in different orders: the next split value of one
    # is not the next of another (the dict combines instead).
    out = []
    for i in range(n):
        o = Opt(i % 3 != 0, i)
        o.c = i
        out.append(o)
    return [list(vars(o).items()) for o in out[:4]], sum(o.b + o.c for o in out)


print("optional", optional_first(3000))
