# Iterating strs: one iterator per word in a loop, non-ASCII and astral characters, lone
# surrogates, str subclasses, a half-used iterator's length hint, copy and pickle.
import copy, pickle

class S(str):
    pass

words = ['alpha', 'BETA', 'é€', 'x\U0001F600y', '\ud800z', '', S('sub'), 'a' * 40]
counts = []
for w in words * 3:
    n = 0
    for ch in w:
        n += ord(ch) % 7
    counts.append(n)
print(counts)
print([[ascii(c) for c in w] for w in words])
it = iter('x\U0001F600yz')
print(ascii(next(it)), it.__length_hint__(), ascii(next(it)), it.__length_hint__())
print([ascii(c) for c in copy.copy(it)], [ascii(c) for c in pickle.loads(pickle.dumps(it))], list(it), list(it))
print(sum(1 for w in words for ch in w if ch in 'aeiou'), ''.join(ch for ch in 'hello' if ch != 'l'))
