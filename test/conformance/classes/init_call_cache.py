# A class call runs __init__ as a frame of the eval loop, remembered per class until a type
# changes; a new instance's first attribute store is a cached store too. Both must follow
# every later change of the class.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return [Point(i, -i) for i in range(n)]


print([(p.x, p.y) for p in make(3)])


def other_init(self, x, y):
    self.x = x * 10
    self.y = 'y'
    self.z = x + y


Point.__init__ = other_init
print([vars(p) for p in make(3)])


def new(cls, *args):
    print('new', cls.__name__, args)
    return object.__new__(cls)


Point.__new__ = new
print(vars(make(1)[0]))
del Point.__new__
del Point.__init__
print(type(make(0)), vars(Point()))


class Slotted:
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x


class Plain:
    def __init__(self, x):
        self.x = x


def build(cls, x):
    return cls(x)


for cls in (Plain, Slotted, Plain, Slotted):
    o = build(cls, 5)
    print(cls.__name__, o.x, hasattr(o, '__dict__'))


class Empty:
    pass


e = Empty()
print(vars(e), e.__dict__)


def store(o, v):
    o.a = v


for i in range(3):
    store(e, i)
    print(vars(e))


class Guarded:
    def __setattr__(self, name, value):
        print('setattr', name, value)


g = Guarded()
store(e, 9)
store(g, 10)
print(vars(e), vars(g))


class Returns:
    def __init__(self):
        return 1


try:
    Returns()
except TypeError as e:
    print('TypeError:', e)


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


errs = [AppError(i) for i in range(3)]
print([(e.args, e.code) for e in errs])
AppError.__init__ = lambda self, code: None
print([(e.args, vars(e)) for e in [AppError(i) for i in range(2)]])
