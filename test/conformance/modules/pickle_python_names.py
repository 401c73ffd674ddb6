# pickle's names for its Python implementation (_Pickler, _Unpickler, _dump(s), _load(s))
# work as the public ones do.
import io
import pickle

data = {'a': [1, 2.5, (3, 'x')], 'b': {4, 5}, 'c': None}
for proto in (0, 2, 4, 5):
    blob = pickle._dumps(data, proto)
    print(proto, blob == pickle.dumps(data, proto), pickle._loads(blob) == data, pickle.loads(blob) == data)

f = io.BytesIO()
pickle._Pickler(f, 3).dump([1, 'two'])
pickle._dump(('three',), f)
f.seek(0)
print(pickle._Unpickler(f).load(), pickle._load(f))

# _pickle has the pickler half too, and pickle.bytes_types names what pickles as bytes
import _pickle
from _pickle import Pickler, dump, dumps
print(dumps((1, 'a'), 2) == pickle.dumps((1, 'a'), 2), Pickler is not None, callable(dump))
g = io.BytesIO()
_pickle.Pickler(g, 4).dump({'k': b'v'})
print(pickle.loads(g.getvalue()), pickle.bytes_types)
