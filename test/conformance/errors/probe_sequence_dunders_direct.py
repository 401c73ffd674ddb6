# A built-in sequence's __add__/__mul__ called directly raises (the operators still try the other side)
import operator

def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)

t(lambda: [1].__add__(1))
t(lambda: 'a'.__add__(1))
t(lambda: (1,).__add__([1]))
t(lambda: [1].__mul__('a'))
t(lambda: 'a'.__rmul__(1.5))
t(lambda: (1,).__mul__(None))
t(lambda: [1].__imul__('a'))
t(lambda: [1].__add__([2]))
t(lambda: 'ab'.__mul__(2))

class R:
    def __radd__(self, o):
        return 'R.__radd__'
    def __rmul__(self, o):
        return 'R.__rmul__'
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i

# The operators still reach the reflected methods.
t(lambda: [1] + R())
t(lambda: 'a' * R())
t(lambda: (1,) + R())

class L(list):
    def __add__(self, other):
        return super().__add__(other)

t(lambda: L([1]) + [2])
t(lambda: L([1]) + 5)
# operator.concat: the left side's concatenation, else + between two sequences
for a, b in [([1], R()), ('a', 1), (range(2), [1]), ([1], (2,)), (b'a', bytearray(b'c'))]:
    t(lambda: operator.concat(a, b))
    t(lambda: operator.iconcat(a, b))
