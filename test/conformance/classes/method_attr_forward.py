# A bound method answers the attributes of its function (decorator marks, __dict__, __code__).
def f(self):
    """doc of f"""
    return 1


f.mark = 'marked'
f.__flag__ = True


class A:
    g = f


m = A().g
print(m.mark, m.__flag__, getattr(m, 'mark', None))
print(m.__doc__, m.__name__, m.__qualname__, m.__code__.co_name)
print(m.__dict__ is f.__dict__, sorted(m.__dict__))
print(m.__func__ is f, type(m.__self__).__name__, m.__class__.__name__)
print(getattr(m, 'missing', 'default'), hasattr(m, 'missing'), hasattr(m, 'mark'))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.mark = 2
except AttributeError as e:
    print(type(e).__name__, e)
f.later = 3
print(m.later, A().g.later)
