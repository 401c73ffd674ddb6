# which overridden methods of list/dict/tuple/str/set subclasses builtins honour (and which they bypass)
class LIter(list):
    def __iter__(self): print('LIter.__iter__'); return iter([9, 8])
    def __len__(self): print('LIter.__len__'); return 2
    def __getitem__(self, i): print('LIter.__getitem__', i); return super().__getitem__(i)
l = LIter([1, 2])
for label, f in [('list', list), ('tuple', tuple), ('set', set), ('sorted', sorted), ('sum', sum), ('max', max), ('zip', lambda x: list(zip(x))),
                 ('enumerate', lambda x: list(enumerate(x))), ('extend', lambda x: [0] + x), ('iadd', lambda x: [0].__iadd__(x)),
                 ('star', lambda x: [*x]), ('call', lambda x: (lambda *a: a)(*x)), ('unpack', lambda x: (lambda a, b: (a, b))(*x)),
                 ('in', lambda x: 9 in x), ('eq', lambda x: x == [1, 2]), ('bool', bool), ('len', len), ('repr', repr), ('reversed', lambda x: list(reversed(x))),
                 ('min', min), ('dict.fromkeys', dict.fromkeys), ('bytes', lambda x: bytes(LIter([1]))), ('str.join', lambda x: ','.join(map(str, x))),
                 ('a,b=', lambda x: (lambda: [v for v in x])())]:
    print('--', label); print(f(l))
class DKeys(dict):
    def keys(self): print('DKeys.keys'); return ['a']
    def __getitem__(self, k): print('DKeys.__getitem__', k); return 'sub-' + str(super().__getitem__(k))
    def __iter__(self): print('DKeys.__iter__'); return iter(['a'])
    def items(self): print('DKeys.items'); return [('a', 'items')]
d = DKeys(a=1, b=2)
for label, f in [('dict', dict), ('update', lambda x: {}.update(x) or 'upd'), ('**', lambda x: {**x}), ('f(**)', lambda x: (lambda **k: k)(**x)),
                 ('|', lambda x: {} | x), ('copy', lambda x: x.copy()), ('list', list), ('get', lambda x: x.get('a')), ('in', lambda x: 'b' in x), ('eq', lambda x: x == {'a': 1, 'b': 2}), ('repr', repr),
                 ('OrderedDict', lambda x: __import__('collections').OrderedDict(x)), ('ChainMap', lambda x: dict(__import__('collections').ChainMap(x)))]:
    print('--', label); print(f(d))
class DGet(dict):
    def __getitem__(self, k): print('DGet.__getitem__', k); return 'sub'
dg = DGet(a=1)
print(dict(dg), {**dg}, (lambda **k: k)(**dg), '{a}'.format_map(dg), '%(a)s' % dg, dg['a'], dg.get('a'))
class TIter(tuple):
    def __iter__(self): print('TIter.__iter__'); return iter(['x'])
t = TIter((1, 2))
print(list(t), [*t], (lambda *a: a)(*t), sorted(t), set(t), t == (1, 2), tuple(t) == (1, 2), ' '.join(map(str, t)))
class SIter(str):
    def __iter__(self): print('SIter.__iter__'); return iter('zz')
s = SIter('ab')
print(list(s), [*s], set(s) == {'z'}, ''.join(s), 'a' in s, s.upper(), len(s))
class SetIter(set):
    def __iter__(self): print('SetIter.__iter__'); return iter([42])
st = SetIter({1})
print(list(st), set(st), frozenset(st), st | {2}, {2} | st, st == {1}, sorted(st))
