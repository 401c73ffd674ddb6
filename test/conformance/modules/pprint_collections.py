# pprint: collections types (OrderedDict, defaultdict, Counter, ChainMap, deque, User*) at several widths
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString

od = OrderedDict((k, list(range(i * 3))) for i, k in enumerate("dcbae"))
for w in (80, 40, 20):
    pprint.pprint(od, width=w)
pprint.pprint(OrderedDict())
pprint.pprint(OrderedDict(a=1))
dd = defaultdict(list)
for i in range(6):
    dd["key%d" % (5 - i)].append("value" * i)
for w in (80, 40):
    pprint.pprint(dd, width=w)
pprint.pprint(defaultdict(int), width=5)
dd2 = defaultdict(int, {"x": 1})
pprint.pprint(dd2, width=5)
c = Counter("abracadabra simsalabim" * 3)
for w in (80, 30, 10):
    pprint.pprint(c, width=w)
pprint.pprint(Counter(), width=1)
cm = ChainMap({"a": list(range(10)), "b": 2}, {"c": "x" * 30}, {})
for w in (80, 40, 10):
    pprint.pprint(cm, width=w)
pprint.pprint(ChainMap(), width=1)
dq = deque(range(30))
for w in (80, 40):
    pprint.pprint(dq, width=w)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40, compact=True)
pprint.pprint(deque(), width=1)
pprint.pprint(deque(maxlen=3), width=1)
ud = UserDict({"name": "x" * 20, "items": list(range(20))})
for w in (80, 40):
    pprint.pprint(ud, width=w)
pprint.pprint(UserDict(), width=1)
ul = UserList(list(range(40)))
pprint.pprint(ul, width=40)
pprint.pprint(UserList(), width=1)
us = UserString("lorem ipsum dolor sit amet " * 6)
pprint.pprint(us, width=40)
pprint.pprint(UserString(""), width=1)
pprint.pprint([od, dd2, deque([1, 2])], width=30)
pprint.pprint({"counter": Counter("aab"), "deque": deque("xy" * 20)}, width=40)
pprint.pp(OrderedDict(z=1, a=2), width=5)
pprint.pprint(defaultdict(list, {"b": [1] * 20, "a": [2] * 20}), width=40, sort_dicts=False)
pprint.pprint(Counter({"x": 3, "y": 3, "z": 1}).most_common(), width=20)
pprint.pprint(od, depth=1)
pprint.pprint(deque([[1, [2]]] * 8), depth=2, width=30)
pprint.pprint(ChainMap({"a": [1, [2]]}), depth=1, width=5)
