# itertools: count, cycle, repeat, filterfalse are native types (names, reprs, argument errors as CPython); groupby/_grouper and tee/_tee
# follow CPython (shared grouper state, __copy__ of tee objects and of copyable iterators)
import itertools as it
def e(fn):
    try: print(repr(fn()))
    except Exception as ex: print(type(ex).__name__, ex)
g = it.groupby([1, 1, 2]); a = list(g); print([(k, list(v)) for k, v in a])
g = it.groupby('aab'); k, g1 = next(g); print(list(g1), next(g)[0], list(g1))
e(lambda: type(next(it.groupby('a'))[1]).__name__)
e(lambda: [list(x) for x in it.tee('abc', 3)])
a, b = it.tee(iter(range(200))); print(sum(a), list(it.islice(b, 3)), len(list(b)))
a, b = it.tee('xyz'); next(a); c = a.__copy__(); print(list(c), list(a), list(b))
t1 = it.tee('abc')[0]; t2, t3 = it.tee(t1); print(t2 is t1, list(t3), list(t2))
e(lambda: it.tee([1], 2, 3))
e(lambda: it.tee([1], n=2))
e(lambda: it.tee([], 2**70))
e(lambda: it.tee([], 1.5))
e(lambda: it.tee(5))
e(lambda: it.groupby(5))
e(lambda: it.groupby(iterable=[1], key=None, x=1))
e(lambda: it.groupby([1], iterable=2))
e(lambda: it.groupby(x=1))
e(lambda: [(k, list(g)) for k, g in it.groupby(iterable='aab', key=str.upper)])
e(lambda: it.tee([1, 2], 0))
e(lambda: list(it.tee([1, 2], 1)[0]))
class C:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __copy__(self): return 'copied'
e(lambda: it.tee(C(), 3)[1:])
e(lambda: [repr(it.repeat(None, 2)), repr(it.count(True)), repr(it.count(1, True)), repr(it.count(0.5, 1)), repr(it.count(2**70, 2**70))])
class MyCount(it.count): pass
e(lambda: repr(MyCount(3)))
class MyRepeat(it.repeat): pass
e(lambda: repr(MyRepeat('x', 2)))
e(lambda: list(MyRepeat('x', 2)))
e(lambda: it.repeat(1, 2**80))
e(lambda: it.repeat(1, -2**80))
e(lambda: (it.repeat(object='o', times=2), list(it.repeat(object='o', times=2))))
e(lambda: list(it.cycle([])))
e(lambda: it.cycle(x=1))
e(lambda: list(it.filterfalse(lambda x: x % 2, range(6))))
e(lambda: it.filterfalse(None, [], x=1))
e(lambda: next(it.count(1j, 1j)))
e(lambda: list(it.islice(it.count(1j, 1j), 3)))
e(lambda: it.count(start=1, step=2, x=1))
e(lambda: it.count(1, start=2))
e(lambda: it.count(None))

g = it.groupby('aabbbc'); k, g1 = next(g); print(k, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2), [k for k, _ in g])
print([type(x).__name__ for x in [it.count(), it.cycle('a'), it.repeat(1), it.filterfalse(None, 'a'), it.tee('a')[0], it.groupby('a'), next(it.groupby('a'))[1]]])
print([type(x).__module__ for x in [it.count(), it.cycle('a'), it.repeat(1), it.filterfalse(None, 'a'), it.tee('a')[0], it.groupby('a')]])
for f in [it.repeat, it.count, it.groupby, it.cycle, it.tee, it.filterfalse]:
    for args in [(), (1, 2, 3), ([1], 2, 3, 4)]:
        e(lambda: f(*args))
e(lambda: len(it.repeat(1, 3)))
e(lambda: __import__('operator').length_hint(it.repeat(1, 3)))
e(lambda: __import__('operator').length_hint(it.repeat(1)))
e(lambda: list(it.islice(it.cycle('ab'), 5)))
e(lambda: list(it.islice(it.count(0.1, 0.1), 4)))
class NoHint:
    def __length_hint__(self): raise TypeError('no hint')
class BadHint:
    def __length_hint__(self): raise ValueError('bad hint')
e(lambda: __import__('operator').length_hint(NoHint(), 7))
e(lambda: __import__('operator').length_hint(BadHint(), 7))
