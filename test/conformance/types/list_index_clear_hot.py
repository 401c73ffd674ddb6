# list.index and list.clear called hot (fixed-arity entries) and cold.

class Eq:
    def __init__(self, grow=None):
        self.grow = grow
    def __eq__(self, other):
        if self.grow is not None:
            self.grow.append(99)
            self.grow = None
        return other == 99


def loop(n):
    t = 0
    l = [1, 2, 3, 4, 5, 3]
    for i in range(n):
        t += l.index(3) + l.index(3, 3) + l.index(5, -3) + l.index(1, 0, 1)
    return t

print(loop(500))
l = [1, 2, 3]
for args in ((4,), (3, 3), (1, 1, 5), (3, 'a'), (3, 0, 'b'), (), (1, 2, 3, 4)):
    try:
        print(l.index(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# A list grown by __eq__ during the search is searched on, as in CPython.
g = [1, 2]
print(g.index(Eq(g)), g)
for i in range(300):
    m = [i, i + 1]
    m.clear()
print(m, [1.0, 1, True].index(True), [float('nan')].count(float('nan')))
