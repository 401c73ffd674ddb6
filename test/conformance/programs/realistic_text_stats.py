# text statistics: Counter, defaultdict, OrderedDict, namedtuple, ChainMap, deque and re with groups and callables
import re
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Call me at 555-1234 or (555) 987-6543 on 2024-03-15!
E-mail: dickens@example.com, editor@books.co.uk. Price: $12.50, or £9.99; 3.14e2 things."""
words = re.findall(r"[a-z']+", TEXT.lower())
c = Counter(words)
print(len(words), len(c), c.most_common(5), c["was"], c["nothing"])
print(c.most_common()[-3:], sum(c.values()), c.total())
lens = Counter(map(len, words))
print(sorted(lens.items()), lens.most_common(2))
c2 = Counter("mississippi")
print(c2, c2 - Counter("miss"), c2 & Counter("sip"), c2 | Counter("zzz"), +Counter({"a": -1, "b": 2}))
c2.subtract("ssss"); print(c2, list(c2.elements()))
c2.update({"q": 2}); print(c2.most_common(3), repr(Counter()), Counter(a=1) == Counter(a=1, b=0))
print(re.findall(r"\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})|(\d{3})-(\d{4})", TEXT))
print(re.findall(r"[\w.]+@([\w.]+)\.(\w+)", TEXT))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", TEXT.splitlines()[3]))
print(re.sub(r"\$(\d+)\.(\d+)", lambda m: f"{int(m[1]) * 100 + int(m[2])} cents", "cost $12.50 and $3.05"))
print(re.sub(r"(?P<w>\bw\w+)", r"<\g<w>>", "was wisdom worst winter", count=2))
print(re.subn(r"o", "0", "foo boo"), re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"))
print(re.split(r"\s*", "ab c"), re.split(r"x*", "axbc"), re.sub(r"x*", "-", "abxd"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", TEXT)
print(m.group(), m.groups(), m.groupdict(), m.span("host"), m.start(), m.end(1), m["user"], m.lastindex, m.lastgroup)
print(repr(m)[:40], m.expand(r"\g<host> \1"), m.re.pattern[:10], m.string is TEXT, m.pos)
for mm in re.finditer(r"\b(\w)(\w*)\1\b", "noon abca dad level xyzx"):
    print(mm.span(), mm.group(0), mm.groups())
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"a|ab", "ab").group())
print(re.findall(r"(?i)THE\s(\w+)", TEXT)[:4], re.findall(r"^it", TEXT, re.M | re.I))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", TEXT), re.findall(r"\d+(?!\d|\.)", "12 3.5 7"), re.findall(r"(?<!\w)e\w+", TEXT)[:3])
print(re.escape("a.b*c?"), re.compile(r"(a)(b)?").match("a").groups(default="-"), re.compile("x", re.X | re.S).flags)
pat = re.compile(r"""
    (?P<num> -?\d+(?:\.\d+)?(?:e\d+)? )   # number
  | (?P<word> [A-Za-z]+ )
""", re.VERBOSE)
print([(m.lastgroup, m.group()) for m in pat.finditer("pi 3.14e2 is -2 ok")])
sentences = re.split(r"(?<=[.!?])\s+", TEXT)
print(len(sentences), [len(s.split()) for s in sentences])
idx = defaultdict(list)
for i, line in enumerate(TEXT.splitlines(), 1):
    for w in set(re.findall(r"\w+", line.lower())):
        idx[w].append(i)
print(sorted((k, v) for k, v in idx.items() if len(v) > 2))
d = defaultdict(lambda: defaultdict(int))
for a, b in zip(words, words[1:]):
    d[a][b] += 1
print(sorted(d["was"].items()), repr(defaultdict(int, {"x": 1})), d.default_factory is not None)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False); od.popitem(); od.popitem(last=False)
print(od, list(reversed(od)), od == OrderedDict([("a", None), ("c", None), ("e", None)]))
Word = namedtuple("Word", "text count rank", defaults=[0])
ws = [Word(w, n, i) for i, (w, n) in enumerate(c.most_common(3), 1)]
print(ws, ws[0]._asdict(), ws[1]._replace(count=0), Word._fields, Word("z", 1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}), list(cm.parents.items()))
dq = deque(words[:6], maxlen=4); dq.rotate(1); dq.appendleft("X")
print(dq, dq.count("was"), dq.index("X"), dq.maxlen)
print(re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "hello big world"), "hello big world".title(), "it's".title())
print(re.findall(r"\B\w", "ab cd"), re.findall(r"[^\W\d_]+", "a1_b c2"), re.sub(r"\s+", " ", "  a \n\t b  ").strip())
print(re.match(r"(a*)*b", "aaab").groups(), re.match(r"(?:(a)|b)+", "ab").groups(), re.search(r"(a)(?(1)b|c)", "ab c").group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
