# array.array errors: overflow per typecode, wrong types, bad arguments, index errors.
from array import array as A

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for code, values in [
    ('b', [128, -129]), ('B', [256, -1]), ('h', [2**15, -2**15 - 1]), ('H', [2**16, -1]),
    ('i', [2**31, -2**31 - 1]), ('I', [2**32, -1, 2**64, -2**70]), ('l', [2**63, -2**63 - 1]),
    ('L', [2**64, -1]), ('q', [2**63, -2**63 - 1]), ('Q', [2**64, -1]),
    ('b', [2**100, -2**100]), ('H', [2**70]),
]:
    for v in values:
        t(lambda: A(code, [v]))
for code in 'bBhHiIlLqQ':
    lo, hi = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
              'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
              'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}[code]
    print(code, A(code, [lo, hi]))

t(lambda: A('i', [1.5]))
t(lambda: A('i', ['a']))
t(lambda: A('B', [1.0]))
t(lambda: A('f', ['a']))
t(lambda: A('d', [None]))
t(lambda: A('d', [2**2000]))
t(lambda: A('u', [1]))
t(lambda: A('u', ['ab']))
t(lambda: A('x'))
t(lambda: A('i', 'abc'))
t(lambda: A('i', b'abc'))
t(lambda: A(1))
t(lambda: A('ii'))
t(lambda: A())
t(lambda: A('i', 5))
t(lambda: A('i', [1], 3))
t(lambda: A('i', x=[1]))
t(lambda: A('i', A('u', 'ab')))
t(lambda: A('u', A('i', [1])))

a = A('i', [1, 2, 3])
t(lambda: a[5])
t(lambda: a[-4])
t(lambda: a['x'])
t(lambda: a[1.0])
def setitem(k, v):
    def f():
        a[k] = v
    return f
t(setitem(0, 'x'))
t(setitem(0, 2**40))
t(setitem(9, 1))
t(setitem(slice(0, 1), [1]))
t(setitem(slice(0, 1), 5))
t(setitem(slice(None, None, 2), A('i', [1])))
t(setitem(slice(0, 1), A('d', [1])))
def delitem(k):
    def f():
        del a[k]
    return f
t(delitem(9))
t(delitem('x'))
t(lambda: a.pop(9))
t(lambda: A('i').pop())
t(lambda: a.pop('x'))
t(lambda: a.remove(9))
t(lambda: a.index(9))
t(lambda: a.index(1, 1))
t(lambda: a.index(1, 'x'))
t(lambda: a + [1])
t(lambda: a + A('d'))
t(lambda: a * 'x')
t(lambda: 'x' * a)
t(lambda: a * 1.5)
def iadd():
    b = A('i')
    b += [1]
t(iadd)
def imul():
    b = A('i')
    b *= 'x'
t(imul)
b = A('i', [1])
t(lambda: b.extend([2, 'x']))
print(b)
t(lambda: b.extend(A('d', [1])))
t(lambda: b.fromlist((1,)))
t(lambda: b.fromlist([3, 'x']))
print(b)
t(lambda: b.frombytes('x'))
t(lambda: b.frombytes(1))
t(lambda: b.frombytes(b'abc'))
t(lambda: b.fromunicode('x'))
t(lambda: b.tounicode())
t(lambda: A('u', 'x').fromunicode(1))
t(lambda: A('b', [1]) < [2])
t(lambda: A('b') >= 1)
t(lambda: hash(A('b')))
t(lambda: {A('b'): 1})
t(lambda: b.append())
t(lambda: b.append(1, 2))
t(lambda: b.pop(1, 2))
t(lambda: b.insert(1))
t(lambda: b.insert('x', 1))
t(lambda: b.insert(0, 'x'))
t(lambda: b.index())
t(lambda: b.count())
t(lambda: b.extend())
t(lambda: b.fromlist())
t(lambda: b.tolist(1))
t(lambda: b.reverse(1))
t(lambda: b.byteswap(1))
t(lambda: b.buffer_info(1))
t(lambda: b.tobytes(1))
t(lambda: b.fromfile(1))
t(lambda: b.typecode_x)
def settc():
    b.typecode = 'd'
t(settc)
t(lambda: A('b', [1]) * (1 << 62))
print(b)
