# d[k] for a missing key in hot loops: the KeyError (its args, its context, what the handler
# sees) is the same whether the loop runs in the eval loop or compiled, for str, int, float,
# tuple and object keys; a dict subclass's __missing__ still runs; an unhashable key is a
# TypeError; and an uncaught one has the usual traceback.
import sys


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return f'Key({self.n})'


class Defaulting(dict):
    def __missing__(self, key):
        return ('missing', key)


class Plain(dict):
    pass


def probe(d, keys, rounds):
    found = missing = 0
    last = None
    for r in range(rounds):
        for k in keys:
            try:
                v = d[k]
                found += 1
            except KeyError as e:
                missing += 1
                last = (e.args, type(e).__name__, sys.exc_info()[0].__name__, e.__context__)
    return found, missing, last


d = {'a': 1, 2: 'two', 3.5: 'f', (1, 2): 't', Key(7): 'k'}
keys = ['a', 'b', 2, 3, 3.5, 4.5, (1, 2), (2, 1), Key(7), Key(8), True, 2.0]
print(probe(d, keys, 300))
print(probe(Defaulting(d), keys, 300))
print(probe(Plain(d), keys, 300))


def chained(n):
    seen = []
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError:
                raise ValueError(i)
        except ValueError as e:
            seen.append((e.args[0], type(e.__context__).__name__, e.__context__.args))
    return seen[-2:], len(seen)


print(chained(400))

try:
    {}[[1]]
except TypeError as e:
    print('TypeError', e)


def total(d, keys):
    t = 0
    for k in keys:
        t += d[k]
    return t


print(total({i: i for i in range(100)}, list(range(100)) * 5))
print(total({i: i for i in range(100)}, list(range(100)) + [100]))
