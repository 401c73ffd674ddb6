from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['a'], c['zzz'], 'zzz' in c, len(c), c.total())
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.update({'b': 10}); print(c)
c.subtract(a=100); print(c)
del c['nothere']; del c['z']; print(c)
print(Counter(a=1, b=-2), +Counter(a=1, b=-2), -Counter(a=1, b=-2))
x, y = Counter('aab'), Counter('abcc')
print(x + y, x - y, x | y, x & y)
print(x == Counter('aba'), x != y, Counter(a=0) == Counter(), x <= x + y, x < x, x >= Counter('a'), x > Counter())
z = Counter('aab'); z += Counter('bcc'); print(z)
z -= Counter('aaaa'); print(z)
z |= Counter(q=5); print(z)
z &= Counter(q=2, b=9); print(z)
print(Counter(), Counter({'x': 'y', 'w': 1}))
print(Counter(['a', 'b', 'a']).most_common(1)[0])
words = 'the cat and the hat and the bat'.split()
for word, n in Counter(words).most_common():
    print(word, n)
print(dict(Counter('hello')), list(Counter('hello').keys()))
print(Counter('ab').copy(), type(Counter('ab').copy()).__name__)
class MyCounter(Counter):
    pass
print(MyCounter('aab'))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
try:
    Counter(1)
except TypeError as e:
    print(e)
print(Counter('abc') == 'abc')
