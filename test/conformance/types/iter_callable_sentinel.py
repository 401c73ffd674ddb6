# iter(callable, sentinel): the sentinel's __eq__ is asked first, a StopIteration raised by the
# callable ends the iteration quietly, and an iterator exhausted while the callable ran (a
# re-entrant next()) ends even though the call returned a value.
class Sentinel:
    def __eq__(self, other):
        print('  Sentinel.__eq__', type(other).__name__)
        return isinstance(other, int) and other > 2


class Value:
    def __eq__(self, other):
        print('  Value.__eq__', type(other).__name__)
        return False


def values(state=[0]):
    state[0] += 1
    return Value() if state[0] < 3 else state[0]


it = iter(values, Sentinel())
print(len(list(it)), list(it))

count = [0]


def stops():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration('done')
    return count[0]


it = iter(stops, None)
print(list(it), list(it), count)


def reenters():
    if reenters.inner:
        return 'inner'
    reenters.inner = True
    print('  drained:', list(reenters.it))
    return 'outer'


reenters.inner = False
reenters.it = iter(reenters, 'inner')
try:
    print(next(reenters.it))
except StopIteration:
    print('StopIteration')
print(list(reenters.it))


def fails():
    raise ValueError('bad')


it = iter(fails, 0)
for _ in range(2):
    try:
        next(it)
    except ValueError as e:
        print('ValueError:', e)
