# the messages of about 200 failing builtin calls, operators and statements, each run by exec
import math, json, re, collections, itertools, functools, operator, datetime, decimal, fractions, random, statistics, string
tests = r'''
int("12a")
int("")
int(None)
int([1])
float("x")
float([])
complex(1, "a")
str(b"a", "nope")
b"a".decode("nope")
"a".encode("nope")
bytes([256])
bytes(-1)
bytearray("x")
list(5)
tuple(None)
dict(1)
dict([(1, 2, 3)])
set([[1]])
frozenset(1)
range(1, 2, 0)
range("a")
slice()
enumerate(5)
zip(1)
map(None)
filter(1, 2)
sorted(5)
sorted([1, "a"])
sorted([1], key=5)
min([])
max()
min(1)
sum(["a"])
sum([1], "")
abs(None)
round("x")
round(1.5, "x")
divmod(1, 0)
divmod("a", 1)
pow(2, 3, 0)
pow(2.0, 3, 5)
pow(0, -1)
1 << -1
1 >> -1
2 ** 10000.0
10 ** 400 * 1.0
float(10 ** 400)
math.floor(float("inf"))
math.floor(float("nan"))
int("9" * 5000)
str(10 ** 5000)
hash([])
hash({})
hash(set())
iter(None)
next(iter([]))
next(5)
len(iter([]))
getattr(1, 1)
setattr(1, "x", 1)
delattr(1, "x")
"x".foo
None.x
(1).real = 2
[].x = 1
object.__setattr__(1, "a", 2)
isinstance(1, "int")
issubclass(int, (int, 1))
issubclass("a", int)
type("x", 1, {})
type(1, 2)
super()
vars(1)
dir(1, 2)
chr("a")
chr(0x110000)
ord("")
ord(5)
bin(1.5)
hex("a")
format(1, "q")
format("a", "d")
format(1.5, "d")
format([], "x")
"{}".format()
"{0}{}".format(1, 2)
"{x}".format(1)
"{:>>>}".format(1)
"{!x}".format(1)
"%d %d" % (1,)
"%d" % (1, 2)
"%(x)d" % 5
"a" + 1
1 + "a"
"a" * "b"
[1] * 1.5
(1,) + [2]
{} + {}
{1} + {2}
[] - []
-"a"
~1.5
1 < "a"
[] < ()
None < None
1j < 2j
{1: 2} < {3: 4}
"abc"[5]
"abc"["x"]
[1, 2][1:2:0]
(1, 2)[None]
{}["k"]
{}[[]]
[1, 2, 3].index(9)
(1, 2).index(9)
"abc".index("z")
[].pop()
[].pop(5)
{}.popitem()
set().remove(1)
collections.deque().pop()
collections.deque([1]).remove(9)
"a b".split("")
"x".center()
"x".center(5, "ab")
"x".join([1, 2])
"abc".replace(1, 2)
"abc".startswith(1)
"abc".strip(1)
"abc".count()
"a".zfill("3")
b"abc".startswith("a")
b"a" + "a"
"a" in 1
1 in "abc"
[] in {}
list.append()
list.append([], 1, 2)
[].append(1, 2)
[].sort(1)
[].sort(foo=1)
dict.fromkeys()
{}.get()
{}.update(1)
{}.update([1])
{}.setdefault()
json.loads(1)
json.loads("{")
json.dumps(set())
re.compile("[")
re.compile("(?P<a>x)(?P<a>y)")
re.sub("a", 1, "a")
math.sqrt("x")
math.log(-1)
math.log(1, 1)
math.acos(2)
math.gcd(1.5)
math.isqrt(-1)
math.factorial(10 ** 20)
functools.reduce(operator.add, [])
itertools.repeat()
itertools.islice([], "a")
itertools.chain(1).__next__()
datetime.date(2024, 13, 1)
datetime.date(2024, 1, 32)
datetime.datetime(2024, 1, 1, 25)
datetime.timedelta(days=10 ** 10)
datetime.date(2024, 1, 1) + 1
decimal.Decimal("x")
decimal.Decimal(1) / 0
decimal.Decimal(0) / 0
fractions.Fraction(1.5, 2)
fractions.Fraction("1/0")
random.choice({})
random.randrange(0)
random.randrange(1, 1)
random.sample({1, 2}, 1)
statistics.median([])
string.Template("$").substitute()
print(sep=1)
print(end=5)
print(file=1)
open("/nonexistent/x")
open(".", "r").read()
open("x", "rw")
exec(5)
eval("1 +")
eval("x")
compile("x", "f", "bad")
import nonexistent_mod
__import__("")
assert False, "msg"
assert 1 == 2
raise 5
raise ValueError from 5
del x
x.y = 1
lambda: (yield)
[].__getitem__()
object.__new__(int)
int.__new__(str)
memoryview(b"ab")[5]
memoryview(b"ab")[0] = 1
bytearray(b"a")[0] = 300
"abc".__class__ = int
property().__get__(1)
staticmethod(1)()
classmethod(len).__get__(None)()
iter([]).__next__(1)
(i for i in []).send(1)
(i for i in []).throw(1)
'''.strip().splitlines()
for t in tests:
    try:
        exec(t, {"math": math, "json": json, "re": re, "collections": collections, "itertools": itertools, "functools": functools, "operator": operator,
                 "datetime": datetime, "decimal": decimal, "fractions": fractions, "random": random, "statistics": statistics, "string": string})
        print(f"{t:40} -> ok")
    except BaseException as e:
        print(f"{t:40} -> {type(e).__name__}: {e}")
