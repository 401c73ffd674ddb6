# Library code standing for CPython's C (functools.partial/reduce, io.StringIO, built-in class methods) as profilers see it
import sys, io, functools, operator, cProfile

log = []
def lab(arg):
    if arg is None or isinstance(arg, (int, str)):
        return repr(arg)
    return type(arg).__name__ + ':' + (getattr(arg, '__qualname__', None) or '?')

def prof(frame, event, arg):
    log.append((event, frame.f_code.co_name, lab(arg)))

def twice(x, y=1):
    return 2 * x + y

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

def work():
    p = functools.partial(twice, y=5)
    p(3)
    q = functools.partial(max, 3)
    q(4)
    functools.reduce(operator.add, [1, 2, 3])
    functools.reduce(lambda a, b: a * b, [2, 3], 1)
    out = io.StringIO()
    print('x', file=out)
    class Sub(Base):
        pass
    dict.fromkeys('ab')
    object.__subclasshook__()

sys.setprofile(prof)
work()
sys.setprofile(None)
for e in log:
    print(*e)

pr = cProfile.Profile()
pr.runcall(work)
rows = []
for e in pr.getstats():
    name = e.code if isinstance(e.code, str) else e.code.co_name
    rows.append((name, e.callcount))
for r in sorted(rows):
    print(*r)

for args in [(), (max,), (max, 5), (max, []), (max, [], 7), (operator.add, iter([1, 2, 3]))]:
    try:
        print(functools.reduce(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    functools.reduce(max, [1], x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(functools.reduce), functools.reduce.__module__)
d = dict.__dict__['fromkeys']
print(repr(d), type(d).__name__, d.__name__, d.__qualname__, isinstance(d, classmethod))
print(repr(object.__dict__['__init_subclass__']), d.__get__(None, dict)('q'))
try:
    type(d)(len)
except TypeError as e:
    print(type(e).__name__, e)
