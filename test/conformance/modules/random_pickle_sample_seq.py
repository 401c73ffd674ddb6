# random: sample() takes any collections.abc.Sequence; choices() of an empty population with
# weights; Random objects pickle and copy with their state (SystemRandom has none).
import collections.abc, copy, pickle, random


class SeqSet(collections.abc.Sequence, collections.abc.Set):
    def __init__(self, items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]


r = random.Random(12)
print(r.sample(SeqSet('abcdef'), k=3))
for pop in ({1, 2, 3}, {'a': 1}, frozenset('ab')):
    try:
        r.sample(pop, 1)
    except TypeError as e:
        print('TypeError:', e)
for kw in ({'weights': []}, {'cum_weights': []}):
    try:
        r.choices([], **kw, k=1)
    except IndexError as e:
        print('IndexError:', e)
r.random()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r2 = pickle.loads(pickle.dumps(r, proto))
    print(proto, type(r2).__name__, r2.getstate() == r.getstate(), r2.random() == copy.copy(r).random())
c = copy.deepcopy(r)
print([c.random() for _ in range(2)] == [r.random() for _ in range(2)])
print(r.__reduce__()[0].__name__, r.__reduce__()[1], len(r.__reduce__()[2]))


class Mine(random.Random):
    pass


m = pickle.loads(pickle.dumps(Mine(3)))
print(type(m).__name__, m.random() == Mine(3).random())
for f in (pickle.dumps, copy.copy):
    try:
        f(random.SystemRandom())
    except NotImplementedError as e:
        print(f.__name__, 'NotImplementedError:', e)
