# A site reading a native type's getset attribute (e.args, z.real) many times stays right
# when the class changes under it, an instance dict holds the name, or __getattr__ answers.

def read_args(o):
    return o.args

def read_real(o):
    return o.real

class E(KeyError):
    pass

class N(int):
    pass

e = E(1, 2)
e.__dict__['args'] = 'from the dict'    # a getset is a data descriptor: the dict never answers
total = 0
for i in range(3000):
    total += len(read_args(e))
print(total, read_args(e), e.__dict__)

# Sites that see several classes, in turn.
objs = [KeyError(1), E(2), ValueError(3, 4), N(7), 2.5, 3j + 1, True]
seen = []
for i in range(600):
    o = objs[i % 4]
    seen.append(read_args(o) if isinstance(o, BaseException) else read_real(o))
print(seen[:8], len(seen))
for o in objs[3:]:
    print(type(o).__name__, [read_real(o) for _ in range(300)][-1])

# The class changes after the site remembered the getset.
E.args = property(lambda self: 'a property now')
print(read_args(e))
del E.args
print(read_args(e))

# A class assigned to an instance of another.
class F(KeyError):
    pass
f = F('x')
for i in range(300):
    read_args(f)
f.__class__ = E
print(read_args(f))
E.args = 'a plain class attribute'   # a non-descriptor on the class: the getset of KeyError is shadowed
print(read_args(f), read_args(e))
del E.args

# __getattr__ is not consulted while the getset answers; __getattribute__ is.
class G(ValueError):
    def __getattr__(self, name):
        return 'getattr ' + name

class H(ValueError):
    def __getattribute__(self, name):
        if name == 'args':
            return 'getattribute'
        return object.__getattribute__(self, name)

g, h = G(5), H(6)
print([read_args(g) for _ in range(300)][-1], [read_args(h) for _ in range(300)][-1])

# Setting and deleting a getset attribute, then reading it again at the same site.
k = KeyError('k')
for i in range(300):
    read_args(k)
k.args = ('changed',)
print(read_args(k))
try:
    del k.args
except TypeError as err:
    print('TypeError:', err)
print(read_args(k))

# A getset whose getter raises, read at a hot site: the traceback points at the read.
def read_tb(o):
    return o.__traceback__

ex = ValueError('v')
for i in range(300):
    read_tb(ex)
try:
    raise ex
except ValueError as caught:
    print(read_tb(caught) is not None, read_tb(caught).tb_lineno)
