# text tools: textwrap, pprint, calendar, difflib (unified/ndiff/context, SequenceMatcher), shlex, reprlib, copy
import textwrap, pprint, calendar, difflib, shlex, reprlib, copy, struct, base64, hashlib, zlib, binascii, math, cmath, operator, functools
txt = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(txt, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a " * 10 + "supercalifragilisticexpialidocious", 12))
print(textwrap.shorten(txt, 40), textwrap.shorten("hi   there  you", 11, placeholder="~"))
print(repr(textwrap.dedent("   a\n     b\n\n   c\n")), repr(textwrap.indent("x\n\ny\n", "> ")), repr(textwrap.indent("x\n\ny", "+", lambda l: True)))
print(textwrap.fill("tab\there and\tthere", 10, expand_tabs=True), textwrap.wrap("long-hyphenated-words-are-broken ok", 10))
data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"age": 20 + i, "tags": list(range(i))}} for i in range(4)], "count": 4, "long": "x" * 90}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(list(range(40)), compact=True)
print(pprint.pformat({"b": 1, "a": (1, 2), "c": {3, 1, 2}}, sort_dicts=False), pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": 1}))
print(calendar.month(2024, 2))
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], list(calendar.month_abbr)[:3])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 10, w=3))
print(calendar.monthcalendar(2024, 3)[0], calendar.prmonth.__name__)
a = "the quick brown fox\njumps over\nthe lazy dog\n".splitlines(keepends=True)
b = "the quick red fox\njumps over\nthe very lazy dog\nend\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.ndiff(a, b)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 4))
sm = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
print(sm.get_opcodes(), sm.get_matching_blocks(), sm.find_longest_match(0, 6, 0, 6))
print("".join(difflib.context_diff(a, b, "a", "b")))
print(shlex.split('cmd -x "a b" \'c d\' e\\ f # no'), shlex.split("a # c", comments=True), shlex.quote("it's"), shlex.join(["a b", "c"]))
r = reprlib.Repr(); r.maxlist = 3
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), r.repr([1, 2, 3, 4, 5]), reprlib.repr({i: i for i in range(10)}))
class Pt:
    def __init__(self, xs): self.xs = xs
p1 = Pt([[1], [2]]); p2 = copy.copy(p1); p3 = copy.deepcopy(p1)
p1.xs[0].append(9)
print(p2.xs, p3.xs, copy.deepcopy({"a": (1, [2])}), copy.copy([1, [2]]))
