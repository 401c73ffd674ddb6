# Which builtins ask an iterable for its length (__len__, else __length_hint__) before they fill
# a list or tuple from it, in which order (iterator first), and what its errors do there.
class Loud:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print('  __iter__')
        return iter(self.items)

    def __len__(self):
        print('  __len__')
        return len(self.items)


def show(label, thunk):
    print(label)
    try:
        print('  ->', thunk())
    except Exception as e:
        print('  ->', type(e).__name__, e)


show('list', lambda: list(Loud([1, 2])))
show('tuple', lambda: tuple(Loud([1, 2])))
show('sorted', lambda: sorted(Loud([2, 1])))
show('extend', lambda: [0] + [0] and (lambda l: (l.extend(Loud([3])), l)[1])([0]))
show('+=', lambda: (lambda l: (l.__iadd__(Loud([4])), l)[1])([0]))
show('str.join', lambda: '-'.join(Loud(['a', 'b'])))
show('bytes', lambda: bytes(Loud([65, 66])))
show('bytearray', lambda: bytearray(Loud([65, 66])))
show('set', lambda: set(Loud([1])))
show('frozenset', lambda: frozenset(Loud([1])))
show('dict.fromkeys', lambda: dict.fromkeys(Loud([1])))
show('star in a list display', lambda: [*Loud([1, 2])])
show('star in a tuple display', lambda: (*Loud([1]), 9))
show('star in a call', lambda: print('  called with', *Loud([5, 6])))
show('unpacking', lambda: (lambda a, b: (a, b))(*Loud([7, 8])))
show('enumerate', lambda: list(enumerate(Loud([1]))))
show('min', lambda: min(Loud([3, 1])))
show('sum', lambda: sum(Loud([3, 1])))
show('len', lambda: len(Loud([1, 2, 3])))


class Hinted:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        print('  __length_hint__')
        return 2


show('hint only', lambda: list(Hinted()))


class BadLen:
    def __init__(self, result):
        self.result = result

    def __iter__(self):
        return iter([1])

    def __len__(self):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


show('__len__ negative', lambda: list(BadLen(-1)))
show('__len__ raises RuntimeError', lambda: list(BadLen(RuntimeError('no length'))))
show('__len__ raises TypeError (ignored)', lambda: list(BadLen(TypeError('ignored'))))
show('__len__ returns a str', lambda: tuple(BadLen('x')))


class BadHint:
    def __init__(self, result):
        self.result = result

    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        return self.result


show('hint NotImplemented', lambda: list(BadHint(NotImplemented)))
show('hint negative', lambda: list(BadHint(-5)))
show('hint str', lambda: list(BadHint('3')))
show('hint float', lambda: sorted(BadHint(2.0)))

import operator
print(operator.length_hint(Loud([1, 2, 3])), operator.length_hint(Hinted()), operator.length_hint(object(), 7))


class MyList(list):
    def __len__(self):
        print('  MyList.__len__')
        return super().__len__()


show('list of a list subclass', lambda: list(MyList([1, 2])))
show('tuple of a list subclass', lambda: tuple(MyList([1, 2])))


class Backwards(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))


b = Backwards([1, 2, 3])
print(list(b), tuple(b), sorted(b, key=lambda v: 0), [*b], [0] + list(b))
l = [0]
l.extend(b)
print(l)
b.extend(b)
print(list.__repr__(b))


class Plain(list):
    pass


p = Plain([1, 2])
p.extend(p)
p += p
print(p)
