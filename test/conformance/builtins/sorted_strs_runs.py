# sorted() and list.sort() of strs already in order, reversed, with equal runs, with astral
# characters and lone surrogates (code point order, not UTF-16's), of tuples and list
# subclasses with their own __iter__ (sorted() iterates them; an exact list is copied).
words = ['w%03d' % i for i in range(300)]
print(sorted(words) == words, sorted(words, reverse=True)[:3], sorted(reversed(words))[:3])
mixed = ['b', 'a', '\U0001F600', '\uffff', '\ud800', 'é', 'a', 'B', ''] * 3
print([ascii(s) for s in sorted(mixed)][:12])
print([ascii(s) for s in sorted(set(mixed), reverse=True)])
t = tuple(words[::-1])
print(sorted(t)[:3], type(sorted(t)).__name__)

class L(list):
    def __iter__(self):
        print('L.__iter__')
        return iter(list.__iter__(self))

l = L(['c', 'a', 'b'])
print(sorted(l), l)
src = ['z', 'y', 'x']
out = sorted(src)
out.append('w')
print(src, out)
lines = ['%d,alpha,%d' % (i, i * 7) for i in range(200)]
print(sorted(lines)[:4], sorted(lines)[-2:])
x = ['b', 'a']
x.sort()
print(x, sorted([]), sorted(['only']))
