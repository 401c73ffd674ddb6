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
