# pickle of the longer __reduce__ forms (state_setter, list and dict items), empty and
# falsy states, extension codes (EXT1/2/4) and persistent ids in protocol 0.
import pickle, copyreg, io
class St:
    def __init__(self): self.a = 1
    def __reduce__(self):
        return (St, (), {'a': 2}, None, None, St.setter)
    @staticmethod
    def setter(obj, state): obj.a = state['a'] * 100
class LI(list):
    def __reduce__(self): return (LI, (), None, iter([1, 2, 3]), None)
class DI(dict):
    def __reduce__(self): return (DI, (), None, None, iter([(1, 2)]))
class BadDI(dict):
    def __reduce__(self): return (DI, (), None, None, iter([1]))
class E:
    def __getstate__(self): return {}
class Z:
    def __getstate__(self): return 0
class OldInit:
    def __getinitargs__(self): return (1,)
for proto in (0, 1, 2, 4):
    for o in (St(), LI(), DI(), E(), LI([9])):
        d = pickle.dumps(o, proto)
        b = pickle.loads(d)
        print(proto, d, type(b).__name__, getattr(b, 'a', None), list(b) if isinstance(b, list) else dict(b) if isinstance(b, dict) else '')
    try: pickle.dumps(BadDI(), proto)
    except Exception as e: print(type(e).__name__, e)
copyreg.add_extension('__main__', 'St', 300)
copyreg.add_extension('__main__', 'E', 70000)
copyreg.add_extension('__main__', 'Z', 5)
for proto in (0, 2, 4):
    d = pickle.dumps([St, E, Z], proto); print(d, pickle.loads(d))
class P(pickle.Pickler):
    def persistent_id(self, obj): return 'é' if obj == 5 else None
try: P(io.BytesIO(), 0).dump(5)
except Exception as e: print(type(e).__name__, e)
class P2(pickle.Pickler):
    def persistent_id(self, obj): return 7 if obj == 5 else None
try: P2(io.BytesIO(), 0).dump(5)
except Exception as e: print(type(e).__name__, e)
u = pickle.Unpickler(io.BytesIO(b'I5\n.'))
print(u.load())
print(pickle.dumps(1.0, 0), pickle.dumps(-0.0, 0), pickle.dumps(1e-300, 1), pickle.dumps(float('nan'), 2))
print(pickle.dumps('\ud800', 4), pickle.loads(pickle.dumps('\ud800', 4)) == '\ud800', pickle.dumps('\ud800', 0))
