# Dict comprehensions long enough to be compiled: str and int keys stored inline, other keys
# (tuples, floats equal to ints, True, str subclasses with their own __eq__/__hash__) and an
# unhashable key through the eval loop's MAP_ADD, duplicates keeping the first key object.
def build(n):
    return {i % 97: i for i in range(n)}
print(len(build(1000)), build(1000)[5])
words = ['w%d' % (i % 300) for i in range(1000)]
d = {w: len(w) for w in words}
print(len(d), d['w7'], list(d)[:3])
mixed = [1, 1.0, True, 2, 2.0, 'a', (1, 2), (1, 2), 3.5] * 40
m = {k: i for i, k in enumerate(mixed)}
print(m, [type(k).__name__ for k in m])

class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        return str(self) == str(other)
subs = {S('k%d' % (i % 5)) if i % 2 else 'k%d' % (i % 5): i for i in range(400)}
print(sorted(subs.items()), [type(k).__name__ for k in subs])

def unhashable(n):
    out = {}
    try:
        out = {(i if i < n - 1 else [i]): i for i in range(n)}
    except TypeError as exc:
        print('TypeError', exc)
    return out
unhashable(500)
nested = {i: {j: i * j for j in range(3)} for i in range(300)}
print(nested[299], len(nested))
big = {i * 2 ** 40: i for i in range(300)}
print(len(big), big[299 * 2 ** 40])
