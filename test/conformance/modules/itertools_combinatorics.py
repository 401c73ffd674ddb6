# itertools' combinatoric iterators: order, edge cases, types, errors and laziness.
import itertools
from itertools import product, permutations, combinations, combinations_with_replacement


def show(label, f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


# order
print(list(product('ab', range(3))))
print(list(product((0, 1), repeat=3)))
print(list(product('ab', 'xy', repeat=2)))
print(list(permutations(range(4))))
print(list(permutations('abcd', 2)))
print(list(permutations(range(5), 3))[::7])
print(list(combinations(range(5), 3)))
print(list(combinations('abcd', 2)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(len(list(combinations_with_replacement(range(6), 4))), len(list(product(range(4), repeat=5))))
print(list(permutations(range(7)))[1000:1004])
print(sum(1 for _ in product(range(5), range(6), range(7))))

# empty inputs, r > n, r = 0, repeat=0
show('product()', lambda: product())
show('product([])', lambda: product([]))
show('product(ab, [])', lambda: product('ab', []))
show('product([], ab)', lambda: product([], 'ab'))
show('repeat=0', lambda: product('ab', repeat=0))
show('repeat=0 not read', lambda: product(5, repeat=0))
show('no args repeat=3', lambda: product(repeat=3))
show('repeat=True', lambda: product('ab', repeat=True))
show('perm r>n', lambda: permutations('ab', 3))
show('perm r=0', lambda: permutations('ab', 0))
show('perm empty', lambda: permutations([]))
show('perm empty r=0', lambda: permutations([], 0))
show('perm empty r=1', lambda: permutations([], 1))
show('perm r=None', lambda: permutations('abc', None))
show('perm r=True', lambda: permutations('abc', True))
show('comb r>n', lambda: combinations('ab', 3))
show('comb r=0', lambda: combinations('ab', 0))
show('comb empty r=0', lambda: combinations([], 0))
show('comb n=r', lambda: combinations('abc', 3))
show('cwr r>n', lambda: combinations_with_replacement('ab', 3))
show('cwr r=0', lambda: combinations_with_replacement('ab', 0))
show('cwr empty', lambda: combinations_with_replacement([], 2))
show('cwr empty r=0', lambda: combinations_with_replacement([], 0))
show('comb kw', lambda: combinations(iterable='abc', r=2))
show('perm kw', lambda: permutations(iterable='abc', r=2))
show('cwr kw', lambda: combinations_with_replacement(r=1, iterable='ab'))

# types and reprs
for it in (product('a'), permutations('a'), combinations('a', 1), combinations_with_replacement('a', 1)):
    t = type(it)
    print(t.__name__, t.__module__, t.__qualname__, repr(it).split(' at ')[0], iter(it) is it)
    print(isinstance(it, t), t is getattr(itertools, t.__name__), hasattr(it, '__length_hint__'))
print(type(product) is type, product.__doc__.splitlines()[0])


class P(product):
    pass


class C(combinations):
    def __init__(self, *args, **kwargs):
        print('init', args, kwargs)


print(list(P('ab', repeat=2)), [c.__name__ for c in type(P('a')).__mro__])
print(list(C('abc', r=2)))

# errors
show('product kw', lambda: product('ab', foo=1))
show('product 2 kw', lambda: product('ab', repeat=1, foo=1))
show('product neg', lambda: product('ab', repeat=-1))
show('product neg not iterable', lambda: product(5, repeat=-1))
show('product str', lambda: product('ab', repeat='2'))
show('product float', lambda: product('ab', repeat=2.0))
show('product None', lambda: product('ab', repeat=None))
show('product huge', lambda: product('ab', repeat=2 ** 70))
show('product too large', lambda: product('ab', 'c', repeat=2 ** 62))
show('product int', lambda: product('ab', 1))
show('product none', lambda: product(None))
show('perm none', lambda: permutations())
show('perm r only', lambda: permutations(r=2))
show('perm 3 args', lambda: permutations('ab', 1, 2))
show('perm bad kw', lambda: permutations('ab', x=1))
show('perm both', lambda: permutations('ab', 1, r=1))
show('perm neg', lambda: permutations('ab', -1))
show('perm str', lambda: permutations('ab', '1'))
show('perm float', lambda: permutations('ab', 1.0))
show('perm int', lambda: permutations(5))
show('perm int str', lambda: permutations(5, 'x'))
show('perm huge', lambda: permutations('ab', 2 ** 70))
show('comb no r', lambda: combinations('ab'))
show('comb none', lambda: combinations())
show('comb neg', lambda: combinations('ab', -1))
show('comb str', lambda: combinations('ab', 'x'))
show('comb float', lambda: combinations('ab', 2.5))
show('comb None', lambda: combinations('ab', None))
show('comb int', lambda: combinations(5, 1))
show('comb int str', lambda: combinations(5, 'x'))
show('comb huge', lambda: combinations('ab', 2 ** 70))
show('comb neg huge', lambda: combinations('ab', -2 ** 70))
show('comb 3 args', lambda: combinations('ab', 1, 2))
show('comb both', lambda: combinations('ab', 1, r=1))
show('cwr no r', lambda: combinations_with_replacement('ab'))
show('cwr neg', lambda: combinations_with_replacement('ab', -1))
show('cwr str', lambda: combinations_with_replacement('ab', 'x'))
show('cwr int', lambda: combinations_with_replacement(5, 2))
show('cwr bad kw', lambda: combinations_with_replacement('ab', 1, foo=2))
show('new int', lambda: product.__new__(int))
show('new other', lambda: product.__new__(permutations))
show('new empty', lambda: combinations.__new__())
show('new not type', lambda: permutations.__new__(1, 'ab'))


class Idx:
    def __index__(self):
        return 2


show('comb __index__', lambda: combinations('abc', Idx()))
show('cwr __index__', lambda: combinations_with_replacement('ab', Idx()))
show('product __index__', lambda: product('ab', repeat=Idx()))
show('perm __index__', lambda: permutations('abc', Idx()))

# laziness: inputs are read at once, items made one at a time
log = []


def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i


p = product(gen('a', 2), gen('b', 3))
print('made', log)
print(next(p), next(p))
pm = permutations(gen('c', 3), 2)
print(next(pm), next(pm), next(pm))
print(list(pm))
print(next(pm, 'done'), list(pm))
cb = combinations(range(6), 2)
print([next(cb) for _ in range(4)], len(list(cb)))
try:
    next(cb)
except StopIteration as e:
    print('StopIteration', e.args)
src = [1, 2, 3]
cw = combinations_with_replacement(src, 2)
src.append(4)
print(list(cw))
pr = product(src, src)
src.clear()
print(len(list(pr)))

# the items are fresh tuples
items = list(product('ab', repeat=2))
print(items, items[0] is not items[1])
for a, b in product('xy', range(2)):
    print(a, b, end='; ')
print()
for a, b in combinations('wxyz', 2):
    print(a + b, end=' ')
print()
print(dict(permutations('abc', 2)))
print(sorted(permutations([3, 1, 2])) == list(permutations([1, 2, 3])))
