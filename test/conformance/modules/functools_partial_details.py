# functools.partial: read-only attributes, flattening, repr of subclasses, pickling state, errors
from functools import partial, reduce, wraps, update_wrapper

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

p = partial(max, 1, key=abs)
attempt('set func', lambda: setattr(p, 'func', min))
attempt('set args', lambda: setattr(p, 'args', ()))
attempt('del keywords', lambda: delattr(p, 'keywords'))
p.note = 'n'
attempt('dict', lambda: p.__dict__)
attempt('reduce', lambda: p.__reduce__())
attempt('flatten', lambda: partial(partial(max, 1), 2).args)
attempt('no flatten with dict', lambda: partial(p, 2).args)
class Sub(partial):
    pass
class OwnCall(partial):
    def __call__(self, *a):
        return 'own'
attempt('sub repr', lambda: repr(Sub(max, 1, k=2)))
attempt('sub flattened', lambda: partial(Sub(max, 1), 2).args)
attempt('own call kept', lambda: partial(OwnCall(max, 1), 2).args)
attempt('own call', lambda: OwnCall(max)(1))
attempt('nested repr', lambda: repr(partial(max, a=partial(min, 3))))
attempt('kw override', lambda: partial(dict, a=1, b=2)(a=3))
attempt('generic', lambda: partial[int])
q = partial(max)
q.__setstate__((min, (1,), {'k': 1}, None))
attempt('setstate', lambda: (repr(q), q.__dict__))
class T(tuple):
    pass
q.__setstate__((min, T((2,)), None, {'a': 1}))
attempt('setstate tuple sub', lambda: (type(q.args).__name__, q.keywords, q.__dict__))
for state in [3, (1, 2), (1, (), None, None), [max, (), None, None], (max, [1], None, None), (max, (), 1, None)]:
    attempt('bad state %r' % (state,), lambda: partial(max).__setstate__(state))
attempt('partial kw func', lambda: partial(func=max))
attempt('partial __new__', lambda: partial.__new__(partial))
attempt('reduce kw', lambda: reduce(lambda a, b: a + b, [1], initial=2))
attempt('reduce 4', lambda: reduce(1, 2, 3, 4))
attempt('reduce None initial', lambda: reduce(lambda a, b: (a, b), [1, 2], None))
attempt('reduce iterator', lambda: reduce(lambda a, b: a * b, iter([2, 3, 4])))
attempt('reduce not callable', lambda: reduce(None, [1, 2]))
attempt('reduce single', lambda: reduce(None, [5]))
def base():
    "doc"
base.extra = [1]
attempt('update missing attr', lambda: update_wrapper(lambda: 1, 3).__wrapped__)
attempt('update bad updated', lambda: update_wrapper(lambda: 1, base, updated=('nope',)))
w = update_wrapper(lambda: 1, base, assigned=('__doc__',))
attempt('assigned only doc', lambda: (w.__name__, w.__doc__, w.extra is base.extra))
attempt('wraps type', lambda: type(wraps(base)).__name__)
attempt('wraps kwargs', lambda: (wraps(base).keywords['wrapped'] is base, sorted(wraps(base).keywords)))
