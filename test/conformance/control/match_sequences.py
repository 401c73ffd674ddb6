# Sequence patterns: lists, tuples, ranges, deques; str/bytes/dicts are not sequences here.
from collections import deque

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [0, *_]:
            return "starts with 0"
        case [*_, 9]:
            return "ends with 9"
        case [_, _, _, _]:
            return "four of anything"
        case _:
            return "other"

values = [[], [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3], range(3), [1, 2, 3, 4, 5, 6],
          [0, 5, 5, 5, 5], [5, 5, 5, 5, 9], [1, 1, 1, 1], [1, 1, 1, 1, 1],
          "ab", "abc", b"xy", bytearray(b"xy"), {1: 2}, {1, 2}, 7, deque([1, 2]), deque()]
for v in values:
    print(repr(v), "->", seq(v))

# Nested sequences and star in the middle.
match [1, [2, 3], (4, [5, 6])]:
    case [a, [b, c], (d, [e, f])]:
        print("nested", a, b, c, d, e, f)

match (1, 2, 3, 4, 5):
    case (a, *rest, b):
        print("rest is a list:", a, rest, b, type(rest).__name__)

match [1, 2]:
    case [*everything]:
        print("star only", everything)

# An open sequence pattern (no brackets).
match 1, 2, 3:
    case a, *b:
        print("open", a, b)

match (1, 2):
    case 1, 3:
        print("no")
    case 1, x,:
        print("trailing comma", x)

class MyList(list):
    pass

match MyList([7, 8]):
    case [a, b]:
        print("list subclass", a, b)

# Iterators and generators are not sequences.
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("iterator is not a sequence")

# Sequence patterns with literal items compare with ==.
match [1.0, True]:
    case [1, 1]:
        print("1.0 == 1 and True == 1")
