# co_cellvars lists the parameters that are cells first, in parameter order, then the other cells sorted
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc

def mixed(z, a, *args, y, b, **kw):
    q = 1; c = 2; m = 3
    def g():
        return q, c, a, z, kw, args, b, m
    return g

class K:
    def meth(self):
        x = 1
        def h():
            return x, self, __class__
        return h

def outer(b, a):
    def inner():
        def innermost():
            return b, a
        return innermost
    return inner

print(make_counter.__code__.co_cellvars, make_counter().__code__.co_freevars, make_counter(5, 2)())
print(mixed.__code__.co_cellvars, mixed(1, 2, y=3, b=4).__code__.co_freevars, mixed(1, 2, 9, y=3, b=4, k=0)())
print(K.meth.__code__.co_cellvars, K.meth(K()).__code__.co_freevars, K.meth(K())()[0])
print(outer.__code__.co_cellvars, outer(1, 2)().__code__.co_freevars, outer(1, 2)()())
print([c.cell_contents for c in mixed(1, 2, y=3, b=4).__closure__])
