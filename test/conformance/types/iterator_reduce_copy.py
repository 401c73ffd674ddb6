# built-in iterators' __reduce__/__setstate__: copy.copy and pickle remake them at their position
import copy, pickle

class S:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError
class R:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
def show(it, n=1):
    for _ in range(n):
        next(it, None)
    r = it.__reduce__()
    args = tuple(type(a).__name__ if type(a).__name__.endswith('iterator') or type(a) is R else a for a in r[1])
    print(type(it).__name__, getattr(r[0], '__name__', r[0]), args, r[2:])

show(iter([1, 2, 3])); show(iter([1]), 2); show(iter((1, 2))); show(iter('abc')); show(iter('abc'), 4)
show(iter(range(5))); show(iter(range(1, 10, 3))); show(iter(range(2)), 3); show(reversed(range(3)))
show(reversed([1, 2, 3])); show(reversed([1]), 2)
show(iter(b'ab')); show(iter(bytearray(b'ab'))); show(iter(bytearray(b'a')), 2)
show(enumerate('abc', 5)); show(zip('ab', 'cd')); show(zip('ab', 'cd', strict=True))
show(map(abs, [1], [2]), 0); show(filter(None, [1]))
show(reversed(R()), 0); show(reversed(R()), 3)

def cp(it):
    next(it)
    c = copy.copy(it)
    return list(c), list(it)
for it in (iter([1, 2, 3]), iter((1, 2, 3)), iter('abc'), iter(range(3)), enumerate('abc'), zip('abc', 'def'),
           reversed([1, 2, 3]), map(str, [1, 2, 3]), iter(b'xyz'), iter(S()), reversed(R())):
    print(type(it).__name__, cp(it))
print(list(pickle.loads(pickle.dumps(iter([1, 2, 3])))), list(pickle.loads(pickle.dumps(iter(range(4))))))
deep = iter([[1], [2]])
next(deep)
print(list(copy.deepcopy(deep)))

it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2]); it.__setstate__(-5); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter(range(10)); it.__setstate__(8); print(list(it))
it = iter('abc'); it.__setstate__(5); print(list(it))
it = iter('a😀b'); it.__setstate__(1); print([ascii(c) for c in it])
it = iter('a😀bc'); next(it); next(it); print(it.__reduce__()[2])
z = zip('a', 'b'); z.__setstate__(True); print(z.__reduce__()[2:])
z = reversed(R()); z.__setstate__(0); print(list(z))
it = iter([1, 2]); list(it); it.__setstate__(0); print(list(it))
it = iter(S()); next(it); it.__setstate__(3); print(list(it))
for f in (lambda: iter([1]).__setstate__('a'), lambda: iter([1]).__setstate__(2**70)):
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# an exhausted list iterator stays exhausted when its list grows
l = [1]; it = iter(l); print(list(it)); l.append(2); print(list(it))
l = [1]; it = iter(l); next(it); l.append(2); print(list(it))
def loop_then_grow():
    l = [1, 2]
    it = iter(l)
    for x in it:
        pass
    l.append(3)
    return list(it), [x for x in it]
for _ in range(300):
    r = loop_then_grow()
print(r)
