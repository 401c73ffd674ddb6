# which dunders builtins call, and in what order (__iter__, __len__, __length_hint__, __getitem__, keys)
class Tracer:
    def __init__(self, items, name='T'): self.items = items; self.name = name
    def __iter__(self): print(self.name, '__iter__'); return TIter(self.items, self.name)
    def __len__(self): print(self.name, '__len__'); return len(self.items)
    def __length_hint__(self): print(self.name, '__length_hint__'); return len(self.items)
    def __getitem__(self, i): print(self.name, '__getitem__', i); return self.items[i]
    def __contains__(self, x): print(self.name, '__contains__'); return x in self.items
class TIter:
    def __init__(self, items, name): self.items = list(items); self.name = name
    def __iter__(self): return self
    def __next__(self):
        if not self.items: print(self.name, 'stop'); raise StopIteration
        return self.items.pop(0)
    def __length_hint__(self): print(self.name, 'iter __length_hint__'); return len(self.items)
for label, f in [('list', list), ('tuple', tuple), ('set', set), ('frozenset', frozenset), ('sorted', sorted),
                 ('min', min), ('max', max), ('any', any), ('enumerate', lambda t: list(enumerate(t))),
                 ('zip', lambda t: list(zip(t, t))), ('join', lambda t: '-'.join(t)), ('bytes', lambda t: bytes(Tracer([1, 2]))),
                 ('bytearray', lambda t: bytearray(Tracer([1, 2]))), ('extend', lambda t: [].extend(t)), ('unpack', lambda t: [*t]),
                 ('star-call', lambda t: (lambda *a: a)(*t)), ('reversed', lambda t: list(reversed(t))), ('in', lambda t: 'a' in t),
                 ('dict.fromkeys', lambda t: dict.fromkeys(t)), ('list+=', lambda t: [].__iadd__(t)), ('a,b=', lambda t: tuple(iter(t)))]:
    print('--', label)
    print(f(Tracer(['a', 'b'])))
class M:
    def keys(self): print('keys'); return ['k1', 'k2']
    def __getitem__(self, k): print('getitem', k); return k.upper()
    def __iter__(self): print('iter'); return iter(['x'])
print('-- dict(M)'); print(dict(M()))
print('-- update'); d = {}; d.update(M()); print(d)
print('-- **'); print({**M()})
print('-- f(**)'); print((lambda **k: k)(**M()))
print('-- dict|'); 
try: print({} | M())
except TypeError as e: print('TypeError:', e)
print('-- set.update'); s = set(); s.update(Tracer(['z'])); print(s)
