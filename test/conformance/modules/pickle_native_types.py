# copy and pickle of objects of native types: re patterns (by re._compile) and matches
# (copied as themselves), deque, the dict subclasses of collections, and the TypeError
# for objects that cannot be pickled (files, generators, modules).
import copy
import re
import sys
import collections
import pickle

p = re.compile('a+', re.I)
m = p.match('aaa')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
for proto in (0, 2, 4):
    data = pickle.dumps(p, proto)
    back = pickle.loads(data)
    print(data, back.pattern, back.flags, back.match('AA').group())
print(pickle.dumps(re.compile(b'x'), 2))
for make in [lambda: collections.deque([1, 2], 5), lambda: collections.OrderedDict(a=1),
             lambda: collections.Counter('aab'), lambda: collections.defaultdict(list, a=[1]),
             lambda: range(3), lambda: slice(1, 2), lambda: 2 + 3j, lambda: [None, ..., NotImplemented]]:
    o = make()
    for f in (copy.copy, copy.deepcopy, lambda x: pickle.loads(pickle.dumps(x))):
        r = f(o)
        print(type(o).__name__, type(r).__name__, r == o)
for proto in (2, 4):
    print(pickle.dumps(collections.OrderedDict(a=1), proto))
    print(pickle.dumps(collections.deque([1]), proto))
for o in [sys.stdout, (x for x in ()), sys, m]:
    for f in (copy.copy, pickle.dumps):
        try:
            f(o)
            print(type(o).__name__, 'ok')
        except TypeError as e:
            print(type(o).__name__, 'TypeError', e)
