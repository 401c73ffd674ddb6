# itertools' one-pass iterators: chain, pairwise, starmap, compress, takewhile, dropwhile,
# zip_longest, accumulate, islice (results, types, errors, laziness).
import itertools
import operator
from itertools import (accumulate, chain, compress, dropwhile, islice, pairwise, starmap, takewhile,
                       zip_longest)


def show(label, f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


# results
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', []])), list(chain.from_iterable([])))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
print(list(starmap(pow, [(2, 3), (3, 2), [10, 2]])), list(starmap(operator.add, ['ab', 'cd'])))
print(list(starmap(lambda: 'x', [(), []])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress('a', [1, 1, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 1])))
print(list(zip_longest('abcd', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([None, None], lambda a, b: (a, b))), list(accumulate([1, 2], None, initial=None)))
print(list(accumulate(iterable=[1, 2], func=operator.sub, initial=10)))
print(list(compress(data='abc', selectors=[0, 1, 1])))

# types and reprs
for it in (chain(), chain.from_iterable([]), pairwise([]), starmap(pow, []), compress([], []),
           takewhile(bool, []), dropwhile(bool, []), zip_longest(), accumulate([])):
    t = type(it)
    print(t.__name__, t.__module__, repr(it).split(' at ')[0], iter(it) is it, t is getattr(itertools, t.__name__))


class MyChain(chain):
    pass


c = MyChain.from_iterable(['ab', 'c'])
print(type(c).__name__, list(c), list(MyChain('x', 'y')))
print(chain[int])

# errors
show('chain int', lambda: chain(1))
show('chain later int', lambda: chain([1], 2))
show('chain kw', lambda: chain(a=1))
show('from_iterable int', lambda: chain.from_iterable(1))
show('from_iterable item int', lambda: chain.from_iterable([1]))
show('from_iterable none', lambda: chain.from_iterable())
show('from_iterable two', lambda: chain.from_iterable([1], [2]))
show('from_iterable kw', lambda: chain.from_iterable(x=[1]))
show('pairwise none', lambda: pairwise())
show('pairwise int', lambda: pairwise(1))
show('pairwise two', lambda: pairwise([1], 2))
show('pairwise kw', lambda: pairwise(iterable=[1, 2]))
show('starmap one', lambda: starmap(pow))
show('starmap none', lambda: starmap())
show('starmap three', lambda: starmap(1, 2, 3))
show('starmap int', lambda: starmap(pow, 1))
show('starmap item int', lambda: starmap(pow, [1]))
show('starmap kw', lambda: starmap(function=pow, iterable=[(1, 2)]))
show('starmap not callable', lambda: starmap(1, [(1,)]))
show('compress one', lambda: compress([1]))
show('compress none', lambda: compress())
show('compress int data', lambda: compress(1, [1]))
show('compress int sel', lambda: compress([1], 1))
show('compress three', lambda: compress([1], [1], [2]))
show('compress bad kw', lambda: compress([1], foo=[1]))
show('takewhile one', lambda: takewhile(bool))
show('takewhile none', lambda: takewhile())
show('takewhile int', lambda: takewhile(bool, 1))
show('takewhile kw', lambda: takewhile(bool, [1], x=2))
show('dropwhile three', lambda: dropwhile(bool, [1, 0, 1], 3))
show('dropwhile kw', lambda: dropwhile(predicate=bool, iterable=[1]))
show('zip_longest int', lambda: zip_longest([1], 1))
show('zip_longest kw', lambda: zip_longest([1], foo=1))
show('zip_longest two kw', lambda: zip_longest([1], fillvalue=1, foo=2))
show('zip_longest fill only', lambda: zip_longest(fillvalue=2))
show('accumulate none', lambda: accumulate())
show('accumulate int', lambda: accumulate(1))
show('accumulate bad kw', lambda: accumulate([1], x=3))
show('accumulate 3 pos', lambda: accumulate([1, 2], lambda a, b: a * b, 7))
show('accumulate 4', lambda: accumulate([1], [2], [3], [4]))
show('accumulate add error', lambda: accumulate([1, 'a']))
show('accumulate func error', lambda: accumulate([1, 2], 5))
show('chain new int', lambda: chain.__new__(int))
show('zip_longest new', lambda: zip_longest.__new__(chain))

# laziness and consumption
log = []


def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i


c = chain(gen('a', 2), gen('b', 2))
print('made', log)
print(next(c), log)
print(list(c), log)
print(next(c, 'end'))
log.clear()
it = gen('t', 6)
tw = takewhile(lambda x: x < 2, it)
print(list(tw), list(it))
tw2 = takewhile(lambda x: x < 2, [0, 5, 1])
print(next(tw2), next(tw2, 'end'), next(tw2, 'end'))
it = iter(range(10))
dw = dropwhile(lambda x: x < 3, it)
print(next(dw), next(it), list(dw))
log.clear()
data, sel = gen('d', 3), gen('s', 1)
print(list(compress(data, sel)), log)
p = pairwise(gen('p', 3))
print(next(p), next(p), next(p, 'end'), next(p, 'end'))
z = zip_longest(iter([1]), iter([2, 3]))
print(next(z), next(z), next(z, 'end'), next(z, 'end'))


def boom():
    yield 1
    raise ValueError('boom')


show('chain propagates', lambda: chain([0], boom()))
show('zip_longest propagates', lambda: zip_longest('ab', boom()))
show('accumulate propagates', lambda: accumulate(boom()))
for a, b in pairwise(range(4)):
    print(a, b, end='; ')
print()
print(sum(chain.from_iterable([range(10)] * 10)), dict(zip_longest('abc', [1])))

# islice: results, consumption of the source, argument checks
r = range(10)
print(list(islice(r, 3)), list(islice(r, 2, 5)), list(islice(r, 1, None, 3)), list(islice(r, None)))
print(list(islice(r, None, None, None)), list(islice(r, 5, 2)), list(islice(r, True)), list(islice(r, 5, 10, 3)))
print(list(islice(r, 2 ** 63 - 1)), list(islice(r, 2 ** 63 - 1, None)), list(islice(r, 3, 4, 2 ** 63 - 1)))
x = iter(r)
print(list(islice(x, 0, 5, 3)), next(x))
x = iter(r)
print(list(islice(x, 5, 2)), next(x))
x = iter(r)
print(list(islice(x, 2)), next(x))
x = iter(r)
s = islice(x, 3, 5)
print(next(s), next(x), list(s), next(x))
s = islice(iter(range(3)), 5)
print(list(s), next(s, 'end'))
s = islice(gen('i', 5), 1, 3)
print(type(s).__name__, repr(s).split(' at ')[0], list(s))


class Three:
    def __index__(self):
        return 3


print(list(islice(r, Three(), 8, Three())))
show('islice one', lambda: islice([1]))
show('islice five', lambda: islice([1], 1, 2, 3, 4))
show('islice kw', lambda: islice(r, stop=1))
show('islice stop huge', lambda: islice([], 2 ** 70))
show('islice stop 2**63', lambda: islice([], 2 ** 63))
show('islice stop str', lambda: islice([], 'a'))
show('islice stop -1', lambda: islice([], -1))
show('islice stop -2', lambda: islice([], -2))
show('islice 3 stop -1', lambda: islice(r, 1, -1))
show('islice 3 stop -2', lambda: islice(r, 1, -2))
show('islice stop str 3', lambda: islice(r, 1, 'x'))
show('islice step 0', lambda: islice([], 1, 2, 0))
show('islice step neg', lambda: islice([], 1, 2, -1))
show('islice step huge', lambda: islice([], 1, 2, 2 ** 70))
show('islice step str', lambda: islice([], 1, 2, 'x'))
show('islice start float', lambda: islice([], 1.5, 2))
show('islice start neg', lambda: islice([], -1, 2))
show('islice start huge', lambda: islice([], 2 ** 70, 2))
show('islice start before step', lambda: islice([], 'a', 2, 0))
show('islice stop before start', lambda: islice([], 'a', 'b'))
show('islice int', lambda: islice(1, 2))
show('islice int bad stop', lambda: islice(1, -1))
