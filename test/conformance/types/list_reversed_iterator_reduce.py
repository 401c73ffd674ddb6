# A list's reverse iterator consumed to the front but not yet finished still reduces to
# reversed(list) at -1 (pickle and copy keep its type); once finished, to iter([]).
import pickle, copy
data = [1, 2, 3]
it = reversed(data)
for i in range(3): next(it)
print(it.__reduce__(), type(copy.copy(it)).__name__, list(pickle.loads(pickle.dumps(it))))
print(next(it, 'end'), it.__reduce__(), type(copy.copy(it)).__name__)
it = reversed(data); next(it)
it.__setstate__(-5); print(list(it))
it = reversed(data); it.__setstate__(10); print(list(it), it.__length_hint__())
it = reversed(data)
for x in it: pass
it.__setstate__(1); print(list(it))
