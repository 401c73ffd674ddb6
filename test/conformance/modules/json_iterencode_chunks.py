# JSONEncoder.iterencode and json.dump: the chunks CPython's pure-Python encoder yields, what is written before an error, the float error naming the value
import sys, io, json
class W:
    def __init__(self): self.chunks = []
    def write(self, s): self.chunks.append(s)
w = W(); json.dump({'a': [1, 2, {'b': None}], 'c': 'x'}, w); print(w.chunks)
w = W(); json.dump([1, [2, 3], {}], w, indent=2); print(w.chunks)
print(list(json.JSONEncoder(sort_keys=True).iterencode({'b': 1.5, 'a': [True, 'x', None, 2**70]})))
print(list(json.JSONEncoder().iterencode('s')), list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode([])), list(json.JSONEncoder().iterencode({})))
print(list(json.JSONEncoder(default=str).iterencode([object, {1: object}]))[:3])
import io
s = io.StringIO()
try: json.dump({'a': [1, 2], 'b': {'c': object()}, 'd': 3}, s)
except TypeError as e: print('TypeError', e, repr(s.getvalue()))
s = io.StringIO()
try: json.dump([1, float('nan'), 2], s, allow_nan=False)
except ValueError as e: print('ValueError', e, repr(s.getvalue()))
w = W(); json.dump({'k': [], 'e': {}, 'n': [[]], 's': 'x', 'f': 1.5, 't': (True, False, None)}, w, indent=1, sort_keys=True); print(w.chunks)
w = W(); json.dump([{'a': 1}, [2], 'x', object], w, default=lambda o: {'obj': o.__name__}); print(w.chunks)
w = W(); json.dump({1: 2, 2.5: [], None: 'n', True: {}}, w, separators=('', '=')); print(w.chunks)
w = W(); json.dump({'a': 1, (1,): 2}, w, skipkeys=True); print(w.chunks)
class MyEnc(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        print('iterencode called, one shot:', _one_shot)
        return super().iterencode(o, _one_shot)
print(json.dumps([1], cls=MyEnc)); w = W(); json.dump([1], w, cls=MyEnc); print(w.chunks)
g = json.JSONEncoder().iterencode([1, object()]); print(next(g), type(g).__name__)
try: next(g)
except TypeError as e: print('TypeError', e)
import sys, os, tempfile
json.dump({'to': 'stdout', 'n': [1, 2]}, sys.stdout, indent=1); print()
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.json')
    with open(p, 'w') as f:
        try: json.dump([1, 2, {'bad': {3}}], f)
        except TypeError as e: print('TypeError', e)
    print(open(p).read())
for kw in [{}, {'indent': 2}]:
    try: json.dumps({'x': [float('-inf')]}, allow_nan=False, **kw)
    except ValueError as e: print('ValueError', e)
