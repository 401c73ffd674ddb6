# collections in puzzles: Counter arithmetic and most_common ties, defaultdict graphs, deque rotate/maxlen windows, OrderedDict LRU
from collections import Counter, defaultdict, deque, OrderedDict, ChainMap, namedtuple

text = "the cat and the hat and the bat sat on the mat with a cat"
words = Counter(text.split())
print(words.most_common(3), words.most_common()[-3:], words["dog"], len(words))
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(6))
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b, a - b, a | b, a & b, +a, -a)
print(a.total(), sorted(a.elements()), a == Counter(a=3, b=1), Counter("aab") < Counter("aaabc"))
a.update("aaz")
a.subtract({"b": 5})
print(a, dict(a))
c = Counter("mississippi")
print(c, c.most_common(2), list(c), [k for k, _ in c.most_common()], Counter(dict(c.most_common(2))))
print(Counter([1, 2, 2, 3, 3, 3]) + Counter(), Counter({"x": 0}) + Counter(), repr(Counter()), Counter("ab") == Counter("ba"))
graph = defaultdict(list)
for edge in "a-b b-c a-c c-d d-e e-c x-y".split():
    u, v = edge.split("-")
    graph[u].append(v)
    graph[v].append(u)
print(dict(graph), graph.default_factory.__name__, "q" in graph, len(graph))
nested = defaultdict(lambda: defaultdict(int))
for i, w in enumerate(text.split()):
    nested[len(w)][w[0]] += i
print({k: dict(v) for k, v in sorted(nested.items())})
d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d, d[0], d[-1], d.index(5), d.count(3))
d.extendleft("ab")
print(d, d.popleft(), d.pop(), len(d))
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 3, 7]:
    window.append(x)
    sums.append(sum(window))
print(window, sums, window.maxlen)
w = deque([1, 2, 3], maxlen=3)
w.appendleft(0)
print(w, deque("abc") + deque("de"), deque([1, 2]) * 2, deque(reversed(deque("xyz"))), deque() == deque([]))
circle = deque(range(1, 42))
order = []
while circle:
    circle.rotate(-2)
    order.append(circle.popleft())
print("josephus", order[-5:], order[-1])
marbles = deque([0])
scores = Counter()
for m in range(1, 2000):
    if m % 23 == 0:
        marbles.rotate(7)
        scores[m % 9] += m + marbles.pop()
        marbles.rotate(-1)
    else:
        marbles.rotate(-1)
        marbles.append(m)
print("marbles", max(scores.values()), scores.most_common(1), len(marbles))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def put(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)


lru = LRU(3)
for k in "abcadeb":
    lru.put(k, ord(k))
print(lru, list(lru.keys()))
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], dict(cm), cm.new_child({"z": 0}).maps)
P = namedtuple("P", "x y", defaults=[0])
p = P(3)
print(p, p._replace(y=5), p._asdict(), P._fields, P(1, 2) + P(3, 4), max(P(1, 5), P(2, 0)))
