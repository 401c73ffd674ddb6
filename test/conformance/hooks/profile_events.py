import sys

def show(frame, event, arg):
    if event.startswith('c_'):
        arg = getattr(arg, '__qualname__', getattr(arg, '__name__', '?'))
    else:
        arg = repr(arg)
    print(f'{event:12} {frame.f_code.co_name:12} {frame.f_lineno:3} {arg}')

def gen(n):
    for i in range(n):
        yield i * 2
    return 'done'

def delegate():
    r = yield from gen(2)
    yield r

def fails():
    raise KeyError('k')

def catches():
    try:
        fails()
    except KeyError as e:
        return str(e)

def builtin_fails():
    return int('x')

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Box({self.v})'
    @property
    def double(self):
        return self.v * 2

sys.setprofile(show)
catches()
list(delegate())
g = gen(3)
next(g)
g.close()
try:
    builtin_fails()
except ValueError:
    pass
b = Box(2)
repr(b)
b.double
sorted([3, 1, 2], key=lambda x: -x)
max([1, 2], key=abs)
'a,b'.split(',')
[].append(1)
d = {}
d.get(1)
len(d)
isinstance(d, dict)
sys.setprofile(None)
print(sys.getprofile())
