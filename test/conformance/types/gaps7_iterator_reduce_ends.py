# __reduce__ and __setstate__ of the built-in sequence iterators at their end: an iterator
# keeps its sequence until a next() finds nothing (CPython's it_seq), so one that is merely
# at the end (or over an empty sequence) still names it; reversed() likewise.
import copy
import pickle

for seq in [(1,), 'a', [1], b'a', bytearray(b'a'), (), '', [], b'', bytearray(), 'é', '€x', '😀']:
    it = iter(seq)
    states = [it.__reduce__()]
    while next(it, None) is not None:
        states.append(it.__reduce__())
    states.append(it.__reduce__())
    print(repr(seq), states)
    r = reversed(seq)
    states = [r.__reduce__()]
    while next(r, None) is not None:
        states.append(r.__reduce__())
    states.append(r.__reduce__())
    print('  reversed', states)

# __setstate__ clamps while the sequence is held, and does nothing once it is dropped.
for seq in [(1, 2), 'ab', [1, 2], b'ab']:
    it = iter(seq)
    it.__setstate__(5)
    print(repr(seq), it.__reduce__(), list(it), it.__reduce__())
    it.__setstate__(0)
    print('  after the end', it.__reduce__(), list(it))
    it = iter(seq)
    it.__setstate__(-3)
    print('  negative', it.__reduce__())
r = reversed((1, 2, 3))
r.__setstate__(7)
print(r.__reduce__(), list(r), r.__reduce__())
r.__setstate__(1)
print(r.__reduce__(), list(r))

# copy and pickle go through __reduce__: a copy at the end is not an exhausted one.
it = iter((1, 2))
next(it), next(it)
c = copy.copy(it)
print(c.__reduce__(), list(c))
it = iter('xy')
list(it)
print(pickle.loads(pickle.dumps(it)).__reduce__())

# Hot loops (compiled) leave exhausted iterators too.
for _ in range(300):
    t = iter((1, 2, 3))
    for x in t:
        pass
    s = iter('abc')
    for ch in s:
        pass
print(t.__reduce__(), s.__reduce__(), t.__length_hint__(), s.__length_hint__())
