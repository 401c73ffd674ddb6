# Instance dicts share their class's attribute names (split dicts) and keep room for the
# values the class's instances have: what must hold whatever the order, count and changes.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


ps = [P(i, -i) for i in range(500)]  # compiled loop
ps[3].c = "extra"                     # a third name, for one instance
ps[4].__dict__.clear()
ps[4].b = "b first"
ps[4].a = "then a"                    # out of the class's order: this dict combines
del ps[5].a
ps[6].__dict__.update(z=1, a=100)
print(vars(ps[0]), vars(ps[3]), vars(ps[4]), vars(ps[5]), vars(ps[6]))
print(list(ps[7].__dict__), list(ps[3].__dict__.items()), len(ps[3].__dict__), "c" in ps[3].__dict__)
q = P(1, 2)
print(vars(q), q.__dict__ == {"a": 1, "b": 2}, sum(p.a for p in ps[8:] if isinstance(p.a, int)))


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"f{i}", i)


m1, m2 = Many(40), Many(3)
print(len(vars(m1)), list(vars(m1))[-3:], vars(m2), m1.f35, getattr(m2, "f35", "none"))
m2.f3 = "late"
m1.__dict__.clear()
m1.x = 1
print(vars(m1), vars(m2))


class Cleared:
    pass


c = Cleared()
c.a, c.b = 1, 2
d = c.__dict__
d.clear()
print(d, len(d), vars(c))
c.b = 3
c.a = 4
print(vars(c), d is c.__dict__)
for i in range(300):
    o = Cleared()
    o.a = i
    if i % 2:
        o.b = i * 2
    c = o
print(vars(c), [vars(Cleared()) for _ in range(2)])
