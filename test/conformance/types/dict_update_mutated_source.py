# dict.update from a dict that a key's __eq__ empties meanwhile: RuntimeError, as CPython's dict_merge.
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
l = [(i, 0) for i in range(1, 1337)]
other = dict(l)
other[X()] = 0
d = {X(): 0, 1: 1}
for f in (lambda: d.update(other), lambda: {**other}, lambda: dict(d, **{})):
    try:
        f()
        print('ok')
    except RuntimeError as e:
        print(e)
    other = dict(l)
    other[X()] = 0
a = {1: 2}
a.update({3: 4})
print(a, dict(a), {**a, 5: 6})
