# stdlib consumers of builtin subclasses: json, copy, pickle, collections, heapq, bisect, array, itertools
import json, copy, pickle, collections, heapq, bisect, array, itertools, operator
class D(dict):
    def items(self): print('D.items'); return [('over', 'ridden')]
    def keys(self): print('D.keys'); return ['k']
    def __iter__(self): print('D.__iter__'); return iter(['k'])
    def __getitem__(self, k): print('D.__getitem__', k); return 'gi'
class L(list):
    def __iter__(self): print('L.__iter__'); return iter(['it'])
    def __len__(self): print('L.__len__'); return 1
    def __getitem__(self, i): print('L.__getitem__', i); return 'gi'
d = D(a=1); l = L([1, 2])
print(json.dumps(d), json.dumps(l), json.dumps({'x': l}), json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=1))
print(copy.copy(l), copy.copy(d), type(copy.copy(d)).__name__)
print(copy.deepcopy(l), copy.deepcopy(d))
print(pickle.loads(pickle.dumps(l)), pickle.loads(pickle.dumps(d)))
print(collections.Counter(l), collections.deque(l), collections.OrderedDict(d))
h = L([3, 1]); heapq.heapify(h); print(list.__repr__(h))
class BL(list):
    def __len__(self): print('BL.__len__'); return 1
    def __getitem__(self, i): print('BL.__getitem__', i); return 10
print(bisect.bisect(BL([1, 5]), 3), bisect.bisect_left(BL([1, 5, 7]), 30), bisect.bisect(BL([1]), 3, 0, 1))
class AL(list):
    def __getitem__(self, i): print('AL.__getitem__', i); return i * 3
print(array.array('i', AL([1, 2])).tolist())
print(list(itertools.chain(l, l)), list(itertools.islice(l, 1)), list(zip(*[l])))
print(operator.itemgetter(0)(l), operator.contains(l, 'it'), operator.countOf(l, 'it'))
print(sum(L([1, 2]), []) if False else '', max(l), sorted(d))
print(str(l), repr(d), len(l), bool(L()), l == [1, 2], d == {'a': 1})
print(list(reversed(l)), list(map(str, l)), [x for x in l], {x for x in d})
s = set(); s.update(l); s.update(d); print(sorted(s))
print(dict.fromkeys(l), list(dict(d)), dict(**d) if False else '', {**d})
print(' '.join(L(['a', 'b'])), b''.join(L([b'x'])) if False else '')
