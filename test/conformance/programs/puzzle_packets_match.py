# AoC-style: distress signal -- nested list parsing (json/ast), recursive compare via match, cmp_to_key
import json
import ast
from functools import cmp_to_key

DATA = """[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]"""


def compare(a, b):
    match a, b:
        case int(), int():
            return (a > b) - (a < b)
        case list(), list():
            for x, y in zip(a, b):
                if r := compare(x, y):
                    return r
            return compare(len(a), len(b))
        case int(), list():
            return compare([a], b)
        case list(), int():
            return compare(a, [b])
    raise TypeError(f"bad pair {a!r} {b!r}")


pairs = [tuple(map(json.loads, block.split("\n"))) for block in DATA.split("\n\n")]
right = [i for i, (a, b) in enumerate(pairs, 1) if compare(a, b) < 0]
print(right, sum(right))
packets = [ast.literal_eval(line) for line in DATA.split("\n") if line]
dividers = [[[2]], [[6]]]
ordered = sorted(packets + dividers, key=cmp_to_key(compare))
for p in ordered:
    print(json.dumps(p, separators=(",", ":")))
i, j = (ordered.index(d) + 1 for d in dividers)
print(i, j, i * j)
print(json.dumps({"pairs": len(pairs), "first": pairs[0]}, indent=2, sort_keys=True))
print(repr(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [None, True, b'x']}")))
try:
    compare("x", 1)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max(["aa", "b", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
