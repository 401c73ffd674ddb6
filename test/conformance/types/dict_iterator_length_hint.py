# dict iterators' __length_hint__: what is left, 0 once exhausted or after the dict changed size
import operator
d = {'a': 1, 'b': 2, 'c': 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d)):
    hints = [it.__length_hint__()]
    next(it)
    hints.append(operator.length_hint(it))
    list(it)
    hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
it = iter(d)
d['z'] = 0
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print(e, it.__length_hint__())
print(len(list(iter({i: i for i in range(50)}))))
