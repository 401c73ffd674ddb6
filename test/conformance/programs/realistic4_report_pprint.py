# A report generator: pprint/pformat of nested data with width, depth, compact, sort_dicts,
# underscore_numbers, PrettyPrinter subclasses; textwrap wrap/fill/dedent/indent/shorten.
import pprint
import textwrap
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field

inventory = {
    "warehouse-north": {"bolts": list(range(0, 60, 3)), "nuts": {"m3": 1200, "m4": 830, "m5": 12},
                        "notes": "restock every monday; check humidity levels in aisle 4"},
    "warehouse-south": {"bolts": [], "nuts": {}, "notes": None, "staff": ("ann", "bob", "cy")},
    "totals": [123456789, 98765.4321, 10 ** 12, -5, True, None],
}
pprint.pprint(inventory)
pprint.pprint(inventory, width=40, depth=2)
pprint.pprint(inventory, width=60, compact=True, sort_dicts=False)
print(pprint.pformat(inventory["totals"], underscore_numbers=True, width=30))
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(pprint.pformat(list(range(40)), width=50))
print(pprint.pformat({"z": 1, "a": [1, {"deep": {"deeper": {"deepest": 1}}}]}, depth=3))
nested = [1, [2, [3, [4, [5, [6]]]]]]
pprint.pprint(nested, depth=3)
print(pprint.isreadable(nested), pprint.isrecursive(nested), pprint.saferepr(nested))
cyc = {"name": "loop"}
cyc["self"] = cyc
lst = [1, 2]
lst.append(lst)
print(pprint.isrecursive(cyc), pprint.isreadable(lst), "Recursion on list" in pprint.saferepr(lst))
pprint.pprint(OrderedDict(b=1, a=2))
pprint.pprint(defaultdict(list, {"k": [1, 2], "j": list("abcdefghijklmnopqrstuvwxyz")}), width=50)
pprint.pprint(Counter("mississippi"))
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(20))}), width=40)
pprint.pprint(SimpleNamespace(alpha=1, beta=list(range(25)), gamma="x" * 30), width=50)
pprint.pprint(frozenset(range(12)), width=20)
pprint.pprint({3, 1, 2})
pprint.pprint(("a very long string " * 6,), width=40)
pprint.pprint(b"bytes " * 15, width=40)
pprint.pprint(bytearray(b"ab" * 30), width=40)


@dataclass
class Task:
    name: str
    tags: list = field(default_factory=list)
    sub: list = field(default_factory=list)


t = Task("root", ["a", "b"], [Task("child" + str(i), list(range(i * 3))) for i in range(3)])
pprint.pprint(t, width=50)


class UpperPrinter(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


UpperPrinter(width=30).pprint({"k": ["x", "y"], "n": "name"})
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"x": 1, "y": 2}, "gamma": "text"})

doc = """\
    The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.
      Indented line stays indented relative to the others.
    Sphinx of black quartz, judge my vow!
"""
d = textwrap.dedent(doc)
print(d)
print(textwrap.fill(d, width=30))
print(textwrap.wrap("supercalifragilisticexpialidocious is a word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is a word", width=10, break_long_words=False))
print(textwrap.wrap("one-two-three-four five-six", width=8), textwrap.wrap("one-two-three-four", width=8, break_on_hyphens=False))
print(textwrap.indent(d, "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True))
print(textwrap.shorten("Hello  world, this is a fairly long sentence", width=25))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world!!", width=12, placeholder="~"))
w = textwrap.TextWrapper(width=24, initial_indent="* ", subsequent_indent="  ", max_lines=3, placeholder=" [..]")
print("\n".join(w.wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt")))
print(textwrap.fill("tabs\there\tand\tthere", width=20, expand_tabs=True, tabsize=4))
print(textwrap.fill("End. Of sentence. Two", width=40, fix_sentence_endings=True))
print(repr(textwrap.fill("  leading and trailing  ", width=10, drop_whitespace=False)))
try:
    textwrap.shorten("abc def", width=3)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.TextWrapper(width=0).wrap("abc")
except ValueError as e:
    print("ValueError:", e)
