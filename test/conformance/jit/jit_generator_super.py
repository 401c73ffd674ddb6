# Zero-argument super() (and locals()) inside a generator whose body runs compiled: its first
# argument and its locals are read from the generator's saved slots, wherever on the value
# stack its frame was last run (a first next() from a deeper call, then a for loop here).


class A:
    def items(self):
        return 1

    def tag(self):
        return 'A'


class B(A):
    def walk(self, n):
        for i in range(n):
            yield super().items()

    def walk_first(self, n):
        # super() before the first yield, and after each.
        yield super().tag()
        for i in range(n):
            yield super().items() + i

    def walk_cell(self, n):
        # self captured by a closure: super() reads it from its cell.
        get = lambda: self
        for i in range(n):
            yield super().items() + (get() is self)

    def walk_locals(self, n):
        for i in range(n):
            yield sorted(locals())


def start(g, a, b, c):
    x = a + b + c
    return next(g)


def run(rounds):
    b = B()
    t = 0
    tags = set()
    names = None
    for k in range(rounds):
        g = b.walk(50)
        t += start(g, 1, 2, 3)
        for x in g:
            t += x
        g = b.walk_first(20)
        tags.add(start(g, 4, 5, 6))
        for x in g:
            t += x
        g = b.walk_cell(10)
        t += start(g, 7, 8, 9)
        t += sum(g)
        g = b.walk_locals(5)
        start(g, 1, 1, 1)
        for names in g:
            pass
    return t, sorted(tags), names


print(run(300))
