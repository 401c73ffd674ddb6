# itertools (count with floats, islice, tee, groupby...), functools (partial repr, wraps, total_ordering, cached_property, singledispatchmethod), operator getters
import itertools as it, functools as ft, operator as op
print(list(it.islice(it.count(1.5, 0.25), 5)), list(it.islice(it.count(10, -3), 4)), repr(it.count(2.5)), repr(it.count(1, 2)), repr(it.count()), repr(it.repeat('a', 3)), repr(it.repeat(1)))
c = it.count(5); next(c); print(repr(c), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 2, 8, 3)))
for bad in [(-1,), (1, 'x'), (0, 5, 0)]:
    try: it.islice([], *bad)
    except ValueError as e: print('ValueError', e)
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a), len(it.tee([1], 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.islice(it.cycle('AB'), 5)), list(it.repeat(7, 3)), list(it.repeat(1, -1)))
print(list(it.accumulate([1, 2, 3, 4], op.mul)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate('abc')), list(it.chain('ab', [1])), list(it.chain.from_iterable(['ab', 'cd'])))
print([(k, list(g)) for k, g in it.groupby('AAABBCAA')], [(k, len(list(g))) for k, g in it.groupby([1, 2, 11, 12, 3], key=lambda x: x // 10)])
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.pairwise('abcd')), list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 3)), list(it.permutations([])), list(it.combinations('ab', 5)))
gb = it.groupby('aab'); k, g = next(gb); next(gb); print(k, list(g))
print(ft.reduce(op.add, [1, 2, 3], 10), ft.reduce(lambda a, b: a * b, range(1, 6)))
try: ft.reduce(op.add, [])
except TypeError as e: print('TypeError', e)
p = ft.partial(int, base=2); print(repr(p), p('101'), p.func, p.args, p.keywords, repr(ft.partial(max, 1, 2, key=abs)), repr(ft.partial(ft.partial(max, 1), 2)))
def deco(f):
    @ft.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(x: int) -> str:
    "doc here"
    return str(x)
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello.__qualname__, hello(3))
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
try: ft.total_ordering(type('X', (), {}))
except ValueError as e: print('ValueError', e)
class C:
    calls = 0
    @ft.cached_property
    def val(self):
        C.calls += 1; return 42
c = C(); print(c.val, c.val, C.calls, c.__dict__, type(C.__dict__['val']).__name__)
del c.val; print(c.val, C.calls)
class D:
    @ft.singledispatchmethod
    def f(self, arg): return 'default %r' % (arg,)
    @f.register
    def _(self, arg: int): return 'int %d' % arg
    @f.register(list)
    def _(self, arg): return 'list of %d' % len(arg)
print(D().f(1), D().f([1, 2]), D().f('s'), D().f(True))
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info(), ft.cmp_to_key(lambda a, b: b - a)(3) < ft.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
ig = op.itemgetter(1); ig2 = op.itemgetter(0, -1); ag = op.attrgetter('real'); ag2 = op.attrgetter('a.b', 'c'); mc = op.methodcaller('split', ',', maxsplit=1); mc2 = op.methodcaller('upper')
print(repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc), repr(mc2), ig('abc'), ig2('abc'), ag(3 + 4j), mc('a,b,c'), mc2('x'))
print(op.add(1, 2), op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'), op.truth([]), op.neg(5), op.index(7), op.length_hint(iter([1, 2])), op.is_(None, None), op.getitem({'a': 1}, 'a'))
x = [1, 2, 3]; op.setitem(x, 0, 9); op.delitem(x, 1); print(x, op.iadd([1], [2]), op.ipow(2, 10), op.matmul.__name__, op.__lt__(1, 2))
try: op.itemgetter()
except TypeError as e: print('TypeError', e)
try: op.attrgetter(1)
except TypeError as e: print('TypeError', e)
try: op.methodcaller()
except TypeError as e: print('TypeError', e)
