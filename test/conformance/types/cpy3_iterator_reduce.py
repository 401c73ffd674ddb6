# Built-in iterators reduce to (builtins.iter, (what is left or the sequence,), state), as in CPython.
import builtins, copy, pickle

d = {1: 'a', 2: 'b', 3: 'c'}
cases = [iter([1, 2, 3]), iter((1, 2, 3)), iter('abc'), iter(b'abc'), iter(range(3)),
         iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()),
         reversed(d.items()), iter({7}), iter(frozenset([8])), iter(range(10**30, 10**30 + 4)),
         iter(range(0, 10**30, 10**29))]
for it in cases:
    next(it)
    f, args, *state = it.__reduce__()
    print(type(it).__name__, f is builtins.iter, args, state)
    again = f(*args)
    if state and state[0] is not None:
        again.__setstate__(state[0])
    print(' ', list(again), list(it))

# Reducing leaves the iterator where it was; an exhausted one reduces to an empty list.
it = iter(d)
print(it.__reduce__(), next(it), it.__reduce__())
list(it)
print(it.__reduce__())
it = iter({1, 2, 3})
print(sorted(pickle.loads(pickle.dumps(it))), sorted(it))
it = iter(d.items())
next(it)
print(copy.copy(it) is it, list(copy.copy(it)), list(it))

# A dict that changed size raises as next() would.
it = iter(d)
d[4] = 'd'
try:
    it.__reduce__()
except RuntimeError as e:
    print(e)
s = {1}
it = iter(s)
s.add(2)
try:
    it.__reduce__()
except RuntimeError as e:
    print(e)
