# sorted() and list.sort() of strs (a merge sort of the strs themselves), against CPython:
# random, sorted, reversed and equal-heavy lists, surrogates and astral characters, reverse.
import random

random.seed(1234)
alphabet = 'abcAB \u00e9\u00ff\u0100\u4e2d'
def word(k):
    return ''.join(random.choice(alphabet) for _ in range(random.randrange(k)))

cases = [
    [],
    ['x'],
    ['b', 'a'],
    [word(6) for _ in range(100)],
    [word(3) for _ in range(1000)],
    sorted(word(8) for _ in range(500)),
    sorted((word(8) for _ in range(500)), reverse=True),
    ['same'] * 40 + ['a'] * 40,
    ['\U0001f600', '\uffff', 'a', '\U00010000', '\ud800', 'z\ud83d', ''],
    [str(i) for i in range(300)],
]
for c in cases:
    s1 = sorted(c)
    s2 = sorted(c, reverse=True)
    l = list(c)
    l.sort()
    print(len(c), s1 == l, s1[:5], s2[:3], hash(tuple(s1)) == hash(tuple(sorted(c, key=lambda x: x))))
    assert s1 == sorted(c, key=str) and s2 == sorted(c, key=str, reverse=True)

big = [word(12) for _ in range(20000)]
print(sorted(big)[::2000])
print(sorted(big, reverse=True)[::2000])

class S(str):
    pass

mixed = [S('b'), 'a', S('c'), 'b']
r = sorted(mixed)
print(r, [type(x).__name__ for x in r])
try:
    sorted(['a', 1])
except TypeError as e:
    print(e)
