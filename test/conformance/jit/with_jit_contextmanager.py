# @contextlib.contextmanager managers in hot loops: made with positional and keyword
# arguments (a generator function called with *args, **kwds from compiled code), entered,
# left normally (the generator run on to its return), by an exception handled or not in the
# generator, and the errors of a generator that does not stop or does not yield.
import abc
import contextlib

@contextlib.contextmanager
def tagged(log, name, upper=False):
    log.append('<' + name)
    try:
        yield name.upper() if upper else name
    except KeyError as e:
        log.append('handled %r' % e.args[0])
    finally:
        log.append(name + '>')

def normal(n):
    log = []
    out = []
    for i in range(n):
        with tagged(log, 'a') as a, tagged(log, name='b', upper=True) as b:
            out.append(a + b)
    return out[-1], len(log), log[-4:]

def handled(n):
    log = []
    for i in range(n):
        with tagged(log, 'h'):
            if i % 2:
                raise KeyError(i)
    return len(log), log[-3:]

def unhandled(n):
    log = []
    k = 0
    for i in range(n):
        try:
            with tagged(log, 'u'):
                raise ValueError(i)
        except ValueError as e:
            k += e.args[0]
    return k, log[-2:]

@contextlib.contextmanager
def twice():
    yield 1
    yield 2

@contextlib.contextmanager
def never():
    if False:
        yield

def errors(n):
    msgs = set()
    for i in range(n):
        for cm in (twice, never):
            try:
                with cm():
                    pass
            except RuntimeError as e:
                msgs.add(str(e))
    return sorted(msgs)

def not_a_generator(n):
    @contextlib.contextmanager
    def it(x):
        return iter([x])
    t = 0
    for i in range(n):
        with it(i) as v:
            t += v
    return t

def reentered():
    cm = tagged([], 'r')
    with cm:
        pass
    try:
        with cm:
            pass
    except AttributeError as e:
        return 'AttributeError', str(e)

print(normal(400))
print(handled(400))
print(unhandled(400))
print(errors(200))
print(not_a_generator(400))
print(reentered())

# Classes whose metaclass is abc.ABCMeta (or another without __call__) called from compiled
# code, with positional and keyword arguments; an abstract one still refuses an instance.
class Shape(abc.ABC):
    def __init__(self, side):
        self.side = side
    @abc.abstractmethod
    def area(self): ...

class Square(Shape):
    def area(self):
        return self.side * self.side

class Meta(type):
    pass

class Plain(metaclass=Meta):
    def __init__(self, v, w=0):
        self.v = v + w

class Loud(type):
    def __call__(cls, *args, **kwargs):
        cls.calls += 1
        return super().__call__(*args, **kwargs)

class Counted(metaclass=Loud):
    calls = 0
    def __init__(self, v):
        self.v = v

def classes(n):
    t = 0
    msg = None
    for i in range(n):
        t += Square(i).area() + Square(side=i).area() + Plain(i).v + Plain(i, w=1).v + Counted(i).v
        try:
            Shape(i)
        except TypeError as e:
            msg = str(e)
    return t, msg, Counted.calls

print(classes(400))
