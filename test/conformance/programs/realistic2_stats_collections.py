# statistics (mean/median/mode/stdev/quantiles) and collections (OrderedDict, ChainMap, deque, namedtuple, Counter)
import statistics as st
from collections import OrderedDict, ChainMap, deque, namedtuple, Counter, defaultdict, UserDict, UserList
from fractions import Fraction
from decimal import Decimal

scores = [88, 92, 79, 93, 85, 92, 71, 99, 85, 92]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode(scores), st.multimode("aabbc"))
print(st.stdev(scores), st.pstdev(scores), st.variance(scores), st.pvariance(scores))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=10, method="inclusive"), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, nd + 5, nd * 2)
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("c", None), ("a", None), ("e", None)])
print(od == od2, dict(od) == dict(od2), od2 == OrderedDict([("a", None), ("c", None), ("e", None)]), od == dict(od2))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print(repr(OrderedDict()), OrderedDict(x=1) | {"y": 2}, list(reversed(OrderedDict(a=1, b=2))))

defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
cli = {"size": 12}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm), cm.get("missing", "-"), "user" in cm)
cm["color"] = "blue"
print(cli, defaults["color"], cm.maps[0] is cli)
child = cm.new_child({"size": 99})
print(child["size"], child.parents["size"], child, list(child.maps[1:]) == cm.maps)
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cm), repr(ChainMap()))

d = deque(range(1, 8), maxlen=7)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(0); print(d, d.maxlen)
d.extend([8, 9]); print(d)
d.extendleft("ab"); print(d)
print(d.popleft(), d.pop(), d.count(5), d.index(5), d[2], d[-1], len(d))
d.remove(5); d.insert(1, "X"); print(d)
d.reverse(); print(d, list(reversed(d))[:2])
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") + deque("de"), deque([1, 2]) * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))

Employee = namedtuple("Employee", ["name", "title", "salary"], defaults=[50000])
e = Employee("Ann", "dev")
print(e, e._replace(salary=90000), e._asdict(), Employee._fields, Employee._field_defaults, e[0], e.title)
print(Employee._make(["Bob", "ops", 1]), Employee(*"xyz"), len(e), e.count("dev"), e.index("Ann"), tuple(e))
P = namedtuple("P", "x, y def", rename=True)
print(P._fields, P(1, 2, 3))
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as err:
    print("ValueError:", err)
try:
    e._replace(age=3)
except ValueError as err:
    print("ValueError:", err)
try:
    Employee("a")
except TypeError as err:
    print("TypeError:", err)
try:
    e.name = "Z"
except AttributeError as err:
    print("AttributeError:", err)

c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c2 = Counter(s=2, i=1, x=5)
print(c + c2, c - c2, c & c2, c | c2, -c2 + Counter(), +Counter(a=-1, b=2))
c.subtract({"s": 10}); print(c, c.most_common()[-1])
c.update("sss"); print(c["s"], Counter({"a": 1}) == Counter({"a": 1, "b": 0}))
dd = defaultdict(lambda: defaultdict(int))
for word in "the cat sat on the mat the end".split():
    dd[word[0]][word] += 1
print({k: dict(v) for k, v in sorted(dd.items())}, repr(defaultdict(int)))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}); ld["B"] = 2; ld.update(C=3)
print(ld, "a" in ld, ld.data)
class Stack(UserList):
    def push(self, x): self.append(x)
st_ = Stack([1]); st_.push(2)
print(st_, st_ + [3], type(st_ + [3]).__name__, st_[::-1], type(st_[::-1]).__name__)
